#Requires -Version 7.4
# Pester 5: Get-IcuActivity and Get-IcuActivityStream against the local emulator (never intervals.icu).
# The emulator's demo athlete Alex (i100001) has three years of activities ending today: rides, runs,
# swims with the custom field SWOLF, strength sessions and a Strava stub every 45 days.

Describe 'Get-IcuActivity' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey (Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001' -AsSecureString) -BaseUri $Emulator.BaseUri
        $Today = (Get-IcuSession).Today()
        $TypeNamePattern = '^(System|IntervalsIcu|Microsoft)\.[\w.`\[\], ]+$'
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'date ranges' {
        It 'lists the last 30 days newest first by default, as IcuActivity objects' {
            $activities = @(Get-IcuActivity)

            $activities.Count | Should -BeGreaterThan 10
            $activities[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuActivity'
            $dates = $activities.StartDateLocal
            ($dates | Sort-Object -Descending) -join ',' | Should -Be ($dates -join ',')
            [datetime]$dates[-1] | Should -BeGreaterOrEqual ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-30)
        }

        It 'lists three years without losing or repeating an activity' {
            $activities = @(Get-IcuActivity -Oldest ([datetime]$Today.ToString('yyyy-MM-dd')).AddYears(-3).AddDays(-5) -Newest ([datetime]$Today.ToString('yyyy-MM-dd')))

            $activities.Count | Should -BeGreaterThan 800
            @($activities.Id | Select-Object -Unique).Count | Should -Be $activities.Count
            @($activities | Where-Object Name -EQ 'Midnight run').Count | Should -BeGreaterThan 30
        }

        It '-Limit stops early and -Type filters' {
            @(Get-IcuActivity -Oldest '2000-01-01' -Limit 5).Count | Should -Be 5
            $runs = @(Get-IcuActivity -Oldest ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-120) -Type Run)
            $runs.Count | Should -BeGreaterThan 0
            $runs.Type | Select-Object -Unique | Should -Be 'Run'
        }

        It 'refuses -Oldest after -Newest with a terminating IcuInvalidActivityRange' {
            { Get-IcuActivity -Oldest '2024-05-02' -Newest '2024-05-01' -ErrorAction Stop } |
                Should -Throw -ErrorId 'IcuInvalidActivityRange,IntervalsIcu.PowerShell.Commands.GetIcuActivityCommand'
        }

        It 'completes -Type with activity types' {
            $completions = TabExpansion2 -inputScript 'Get-IcuActivity -Type VirtualR' -cursorColumn 'Get-IcuActivity -Type VirtualR'.Length

            $completions.CompletionMatches.CompletionText | Should -Contain 'VirtualRide'
        }
    }

    Context 'Export-Csv' {
        It 'never writes a .NET type name into a cell, and custom fields are columns' {
            $csv = Join-Path $TestDrive 'activities.csv'

            Get-IcuActivity -Oldest ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-120) -WarningAction SilentlyContinue | Export-Csv -Path $csv
            $rows = @(Import-Csv -Path $csv)

            $rows.Count | Should -BeGreaterThan 20
            $columns = $rows[0].PSObject.Properties.Name
            $columns | Should -Contain 'SWOLF'
            $columns | Should -Contain 'IcuZoneTimeZ1Secs'
            $columns | Should -Contain 'IsStravaStub'
            foreach ($row in $rows) {
                foreach ($property in $row.PSObject.Properties) {
                    $property.Value | Should -Not -Match $TypeNamePattern -Because "column $($property.Name)"
                }
            }

            @($rows | Where-Object Type -EQ 'Swim' | Where-Object SWOLF -NE '').Count | Should -BeGreaterThan 0
            ($rows | Where-Object Type -EQ 'Ride' | Select-Object -First 1).IcuHrZoneTimes | Should -Match '^\d+(;\d+){6}$'
        }

        It '-Raw writes the server''s JSON text' {
            $raw = @(Get-IcuActivity -Oldest '2000-01-01' -Limit 2 -Raw)

            $raw.Count | Should -Be 2
            $raw[0] | Should -BeOfType [string]
            ($raw[0] | ConvertFrom-Json).id | Should -Match '^i\d+$'
        }
    }

    Context 'Strava stubs' {
        It 'marks them and warns once per call with their number and the fix' {
            $activities = @(Get-IcuActivity -Oldest ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-400) -WarningVariable warnings -WarningAction SilentlyContinue)

            $stubs = @($activities | Where-Object IsStravaStub)
            $stubs.Count | Should -BeGreaterThan 1
            @($warnings).Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike "$($stubs.Count) activities came from Strava*"
            "$($warnings[0])" | Should -BeLike '*Import-IcuActivity*'
        }
    }

    Context 'type names and positional ids (issue 10.3, 10.9)' {
        It 'refuses a mistyped -Type with the type meant, and passes an unknown one with -AllowUnknownType' {
            { Get-IcuActivity -Type Rdie -ErrorAction Stop } | Should -Throw -ErrorId 'IcuUnknownActivityType,IntervalsIcu.PowerShell.Commands.GetIcuActivityCommand' -ExpectedMessage '*Did you mean Ride?*'
            @(Get-IcuActivity -Type Hoverboarding -AllowUnknownType).Count | Should -Be 0
            @(Get-IcuActivity -Oldest ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-60) -Type ride).Count | Should -BeGreaterThan 0
        }

        It 'still tells a user whose activities are Strava stubs why -Type Ride finds them not' {
            $null = Get-IcuActivity -Oldest ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-400) -Type Ride -WarningVariable warnings -WarningAction SilentlyContinue

            "$warnings" | Should -Match 'activities from Strava were left out by -Type'
        }

        It 'takes an id as the first positional argument, and dates still' {
            $known = (Get-IcuActivity -Oldest '2000-01-01' -Limit 1).Id

            (Get-IcuActivity $known).Id | Should -Be $known
            $day = ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-10).ToString('yyyy-MM-dd')
            @(Get-IcuActivity $day $day).Count | Should -Be @(Get-IcuActivity -Oldest $day -Newest $day).Count
        }
    }

    Context 'by id and search' {
        It 'reads ids piped by property name, with intervals' {
            $listed = @(Get-IcuActivity -Oldest '2000-01-01' -Limit 40 -Type Ride | Select-Object -First 3)

            $detail = @($listed | Get-IcuActivity -IncludeIntervals)

            $detail.Id -join ',' | Should -Be ($listed.Id -join ',')
            $detail[0].Intervals.Count | Should -Be 2
        }

        It 'reports an unknown id as a non-terminating IcuActivityNotFound and goes on' {
            $known = (Get-IcuActivity -Oldest '2000-01-01' -Limit 1).Id

            $found = @(Get-IcuActivity -Id 'i1', $known -ErrorVariable failures -ErrorAction SilentlyContinue)

            $found.Id | Should -Be $known
            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuActivityNotFound,IntervalsIcu.PowerShell.Commands.GetIcuActivityCommand'
        }

        It 'searches names and #tags' {
            @(Get-IcuActivity -Search 'midnight' -Limit 3).Name | Select-Object -Unique | Should -Be 'Midnight run'
            @(Get-IcuActivity -Search '#z2' -Limit 3).Count | Should -BeGreaterThan 0
        }
    }

    Context 'Get-IcuActivityStream' {
        It 'writes one object per sample with a column per stream' {
            $ride = Get-IcuActivity -Oldest '2000-01-01' -Limit 40 -Type Ride | Select-Object -First 1

            $samples = @($ride | Get-IcuActivityStream -Type watts, heartrate, latlng, time)

            $samples.Count | Should -Be ([Math]::Min($ride.MovingTime, 14400))
            $samples[0].PSObject.Properties.Name -join ',' | Should -Be 'ActivityId,Time,Watts,HeartRate,Latitude,Longitude'
            $samples[0].ActivityId | Should -Be $ride.Id
        }

        It 'gives the rows of a swim and a ride piped together one set of columns and their ActivityId, so Export-Csv loses nothing' {
            $recent = @(Get-IcuActivity -Oldest ([datetime]$Today.ToString('yyyy-MM-dd')).AddDays(-60))
            $swim = $recent | Where-Object Type -EQ 'Swim' | Select-Object -First 1
            $ride = $recent | Where-Object Type -EQ 'Ride' | Where-Object { -not $_.IsStravaStub } | Select-Object -First 1
            $csv = Join-Path $TestDrive 'streams.csv'

            Get-IcuActivity -Id $swim.Id, $ride.Id | Get-IcuActivityStream | Export-Csv -LiteralPath $csv
            $rows = @(Import-Csv -LiteralPath $csv)
            $header = (Get-Content -LiteralPath $csv -TotalCount 1) -replace '"', ''

            $header | Should -Match '^ActivityId,Time,'
            $header -split ',' | Should -Contain 'RawWatts'
            $header -split ',' | Should -Contain 'Latitude'
            @($rows.ActivityId | Select-Object -Unique) -join ',' | Should -Be "$($swim.Id),$($ride.Id)"
            ($rows | Where-Object ActivityId -EQ $ride.Id | Select-Object -Skip 10 -First 1).RawWatts | Should -Not -BeNullOrEmpty
        }

        It 'refuses an unknown stream type with the one meant, and passes it with -AllowUnknownType' {
            $ride = Get-IcuActivity -Oldest '2000-01-01' -Limit 40 -Type Ride | Select-Object -First 1

            { Get-IcuActivityStream -Id $ride.Id -Type power -ErrorAction Stop } | Should -Throw -ErrorId 'IcuUnknownStreamType,IntervalsIcu.PowerShell.Commands.GetIcuActivityStreamCommand' -ExpectedMessage '*Did you mean watts?*'
            { Get-IcuActivityStream -Id $ride.Id -Type bogus -AllowUnknownType -ErrorAction Stop } | Should -Not -Throw
        }

        It '-AsStream keeps the API''s shape' {
            $ride = Get-IcuActivity -Oldest '2000-01-01' -Limit 40 -Type Ride | Select-Object -First 1

            $streams = @(Get-IcuActivityStream -Id $ride.Id -Type watts -AsStream)

            $streams.Count | Should -Be 1
            $streams[0].Type | Should -Be 'watts'
        }
    }
}
