#Requires -Version 7.4
# Pester 5: Get-IcuSportSetting and Set-IcuSportSetting against the local emulator (never intervals.icu).

Describe 'Get-IcuSportSetting and Set-IcuSportSetting' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $GetSuffix = ',IntervalsIcu.PowerShell.Commands.GetIcuSportSettingCommand'
        $SetSuffix = ',IntervalsIcu.PowerShell.Commands.SetIcuSportSettingCommand'
        $Coach = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'lists each sport''s settings as IcuSportSettings with thresholds and zones' {
        $settings = @(Get-IcuSportSetting)

        $settings.Count | Should -Be 2
        $settings[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuSportSettings'
        $run = $settings | Where-Object { $_.Types -contains 'Run' }
        $run.ThresholdPace | Should -BeGreaterThan 0
        $run.HrZones.Count | Should -Be 7
    }

    It 'picks settings by a type they cover, with wildcards' {
        @(Get-IcuSportSetting -Type VirtualRide).Types | Should -Contain 'Ride'
        @(Get-IcuSportSetting -Type '*Run').Count | Should -Be 1
    }

    It 'reports a type no settings cover as IcuSportSettingNotFound, and lists the others' {
        $found = @(Get-IcuSportSetting -Type Run, Swim -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.Count | Should -Be 1
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be ('IcuSportSettingNotFound' + $GetSuffix)
        $failures[0].TargetObject | Should -Be 'Swim'
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'shows the threshold pace as a pace in the table view' {
        Get-IcuSportSetting -Type Run | Format-Table | Out-String -Width 160 | Should -Match '\d:\d\d/km'
    }

    It 'shows the field diff and the apply step under -WhatIf, and sends and writes nothing' {
        $before = (Get-IcuSportSetting -Type Ride).Ftp
        # What if: lines go to the host, so a child pwsh shows them as its output.
        $childScript = @'
param([string] $ModulePath, [string] $BaseUri, [int] $Ftp)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Connect-Icu -BaseUri $BaseUri | Out-Null
Set-IcuSportSetting -Type Ride -Ftp $Ftp -Lthr 150 -ApplyToPastActivities -PassThru -WhatIf -Verbose
'@
        $env:INTERVALS_ICU_API_KEY = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'
        try {
            $run = Invoke-IcuIsolatedPwsh -ScriptText $childScript -ArgumentList '-ModulePath', (Get-IcuTestModulePath), '-BaseUri', $Emulator.BaseUri, '-Ftp', ($before + 7)
        }
        finally {
            $env:INTERVALS_ICU_API_KEY = $null
        }
        $text = $run.Output -join "`n"

        $text | Should -Match ('What if: .*"Set ftp {0} -> {1}; lthr \d+ -> 150"' -f $before, ($before + 7))
        $text | Should -Match 'What if: .*"Apply to every past activity'
        $text | Should -Not -Match 'PUT /api'
        # -PassThru writes nothing for settings left unchanged: no table of them.
        $text | Should -Not -Match 'IndoorFtp'
        (Get-IcuSportSetting -Type Ride).Ftp | Should -Be $before
    }

    It 'changes only the fields given and writes the stored settings with -PassThru' {
        $before = Get-IcuSportSetting -Type Ride

        $after = Set-IcuSportSetting -Type Ride -Ftp ($before.Ftp + 3) -PassThru -Verbose 4>&1 | Tee-Object -Variable output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }

        $after.Ftp | Should -Be ($before.Ftp + 3)
        $after.IndoorFtp | Should -Be $before.IndoorFtp
        $after.HrZones | Should -Be $before.HrZones
        ($output | Out-String) | Should -Match "PUT /api/v1/athlete/i100001/sport-settings/$($before.Id)\?recalcHrZones=false -> 200"
    }

    It 'sends nothing when every value is already stored' {
        $ftp = (Get-IcuSportSetting -Type Ride).Ftp

        $text = Set-IcuSportSetting -Type Ride -Ftp $ftp -Verbose 4>&1 | Out-String

        $text | Should -Match 'already stored; nothing is sent'
        $text | Should -Not -Match 'PUT /api'
    }

    It 'binds piped settings by Id and AthleteId and lets the server recalculate the HR zones' {
        $run = Get-IcuSportSetting -AthleteId i100003 -Type Run -Session $Coach

        $after = $run | Set-IcuSportSetting -Lthr ($run.Lthr + 4) -RecalculateHrZones -PassThru -Session $Coach

        $after.Id | Should -Be $run.Id
        $after.AthleteId | Should -Be 'i100003'
        $after.Lthr | Should -Be ($run.Lthr + 4)
        $after.HrZones | Should -Not -Be $run.HrZones
        $after.HrZones[-1] | Should -Be $run.MaxHr
    }

    It 'applies the settings to past activities of the sport with -ApplyToPastActivities' {
        $ride = Get-IcuSportSetting -Type Ride

        $output = Set-IcuSportSetting -Type Ride -MaxHr ($ride.MaxHr + 2) -ApplyToPastActivities -Confirm:$false -Verbose 4>&1 | Out-String

        $output | Should -Match "PUT /api/v1/athlete/i100001/sport-settings/$($ride.Id)/apply -> 200"
        $rides = @(Get-IcuActivity -Oldest (Get-Date).AddDays(-30) -Type Ride -WarningAction SilentlyContinue)
        $rides.Count | Should -BeGreaterThan 0
        $rides | ForEach-Object { $_.AthleteMaxHr | Should -Be ($ride.MaxHr + 2) }
    }

    It 'reports a sport without settings as IcuSportSettingNotFound without sending a change' {
        $text = Set-IcuSportSetting -Type Swim -Ftp 200 -ErrorVariable failures -ErrorAction SilentlyContinue -Verbose 4>&1 | Out-String

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be ('IcuSportSettingNotFound' + $SetSuffix)
        $failures[0].TargetObject | Should -Be 'Swim'
        $text | Should -Not -Match 'PUT /api'
    }

    It 'stops with IcuNoSportSettingChange when given nothing to change' {
        { Set-IcuSportSetting -Type Ride -ErrorAction Stop } | Should -Throw -ErrorId ('IcuNoSportSettingChange' + $SetSuffix)
    }
}
