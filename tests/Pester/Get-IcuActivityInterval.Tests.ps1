#Requires -Version 7.4
# Pester 5: Get-IcuActivityInterval against the local emulator (never intervals.icu). The emulator gives
# every non-Strava activity read with intervals=true two intervals (RECOVERY at 150 W, WORK at 240 W)
# and one group.

Describe 'Get-IcuActivityInterval' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey (Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001' -AsSecureString) -BaseUri $BaseUri
        $Rides = @(Get-IcuActivity -Oldest '2000-01-01' -Type Ride -Limit 3)
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'writes one typed row per interval of each piped activity, each with its ActivityId' {
        $intervals = @($Rides | Get-IcuActivityInterval)

        $intervals.Count | Should -Be 6
        $intervals[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuInterval'
        (@($intervals.ActivityId | Select-Object -Unique) | Sort-Object) -join ',' | Should -Be ((@($Rides.Id) | Sort-Object) -join ',')
        @($intervals | Where-Object Type -EQ 'WORK').AverageWatts | Select-Object -Unique | Should -Be 240
    }

    It 'Export-Csv gives one row per interval with the activity id and every field as a column' {
        $csv = Join-Path $TestDrive 'intervals.csv'

        $Rides | Get-IcuActivityInterval | Export-Csv -Path $csv
        $rows = @(Import-Csv -Path $csv)

        $rows.Count | Should -Be 6
        $rows[0].PSObject.Properties.Name | Should -Contain 'ActivityId'
        $rows[0].PSObject.Properties.Name | Should -Contain 'WeightedAverageWatts'
        $rows[0].ActivityId | Should -Match '^i\d+$'
        $rows[1].AverageWatts | Should -Be '240'
    }

    It '-Group writes the interval groups with their activity' {
        $groups = @($Rides[0] | Get-IcuActivityInterval -Group)

        $groups.Count | Should -Be 1
        $groups[0].GetType().Name | Should -Be 'IcuIntervalGroup'
        ($groups[0].Id, $groups[0].Count, $groups[0].ActivityId) -join ',' | Should -Be "g1,1,$($Rides[0].Id)"
    }

    It 'shows a short table: activity, type, time and watts' {
        $text = $Rides[0] | Get-IcuActivityInterval | Out-String -Width 120

        $text | Should -Match 'ActivityId\s+Id\s+Type\s+Moving\s+Km\s+Watts'
        $text | Should -Match "$($Rides[0].Id)\s+2\s+WORK"
    }

    It 'an unknown id is an error for that id and the other ids go on' {
        $intervals = @(Get-IcuActivityInterval -Id 'i99999999', $Rides[0].Id -ErrorVariable failures -ErrorAction SilentlyContinue)

        $intervals.Count | Should -Be 2
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'IcuActivityNotFound,IntervalsIcu.PowerShell.Commands.GetIcuActivityIntervalCommand'
        $failures[0].TargetObject | Should -Be 'i99999999'
    }

    It 'a Strava stub has no intervals and one warning says so' {
        $stub = Get-IcuActivity -Oldest '2000-01-01' | Where-Object IsStravaStub | Select-Object -First 1

        $intervals = @($stub | Get-IcuActivityInterval -WarningVariable warnings -WarningAction SilentlyContinue)

        $intervals.Count | Should -Be 0
        $warnings.Count | Should -Be 1
        "$($warnings[0])" | Should -Match 'Strava'
    }
}
