#Requires -Version 7.4
# Pester 5: what the cmdlets' output becomes in a user's hands, against the local emulator (never
# intervals.icu): typed dates that compare with Get-Date, CSV cells that are ISO dates, JSON for nested
# data and culture-consistent numbers (a de-DE round trip), and the Test-IcuAuth table at 80 and 120 columns.

Describe 'Output of the cmdlets' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        # Today on the athlete's wall clock (the emulator's data ends there), from the athlete's time zone.
        $Today = [System.TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetime]::UtcNow, (Get-IcuAthlete).Timezone).Date
        $German = [cultureinfo]::GetCultureInfo('de-DE')

        # Runs the script block with the culture set on this runspace's thread, then puts it back.
        function Invoke-WithCulture([string] $Name, [scriptblock] $Script) {
            $saved = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = $Name
                & $Script
            } finally {
                [cultureinfo]::CurrentCulture = $saved
            }
        }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'typed dates' {
        It 'StartDateLocal is the athlete''s wall clock as a DateTime: Where-Object -gt (Get-Date).AddDays(-7) keeps only the last week' {
            $cut = $Today.AddDays(-7)
            $all = @(Get-IcuActivity -Oldest $Today.AddDays(-60) -WarningAction SilentlyContinue)
            $expected = @(Get-IcuActivity -Oldest $Today.AddDays(-60) -Raw -WarningAction SilentlyContinue |
                    ForEach-Object { [System.Text.Json.JsonDocument]::Parse($_).RootElement.GetProperty('start_date_local').GetString() } |
                    Where-Object { $_ -gt $cut.ToString('yyyy-MM-ddTHH:mm:ss') }).Count

            $recent = @($all | Where-Object StartDateLocal -GT $cut)

            $expected | Should -BeGreaterThan 0
            $expected | Should -BeLessThan $all.Count
            $recent.Count | Should -Be $expected
            $all[0].StartDateLocal | Should -BeOfType [datetime]
            $all[0].StartDateLocal.Kind | Should -Be 'Unspecified'
            $all[0].StartDate | Should -BeOfType [System.DateTimeOffset]
            $all[0].Created | Should -BeOfType [System.DateTimeOffset]
            $all[0].StartDateLocal.AddDays(1) | Should -BeGreaterThan $all[0].StartDateLocal
        }

        It 'a wellness day''s Id and the athlete''s date of birth are dates' {
            (Get-IcuWellness -Date $Today).Id | Should -Be $Today
            (Get-IcuWellness -Date $Today).Id | Should -BeOfType [datetime]
            (Get-IcuAthlete).IcuDateOfBirth | Should -BeOfType [datetime]
        }

        It 'a date''s ToString() is ISO 8601, and its overloads format as DateTime''s do' {
            $activity = Get-IcuActivity -Oldest $Today.AddDays(-20) -Limit 1 -WarningAction SilentlyContinue
            $local = $activity.StartDateLocal
            $german = [cultureinfo]'de-DE'

            $local.ToString() | Should -Be $local.psobject.BaseObject.ToString('yyyy-MM-ddTHH:mm:ss', [cultureinfo]::InvariantCulture)
            $local.ToString('yyyy') | Should -Be ([string]$local.Year)
            $local.ToString($german) | Should -Be $local.psobject.BaseObject.ToString($german)
            $local.ToString('d', $german) | Should -Be $local.psobject.BaseObject.ToString('d', $german)
            $activity.StartDate.ToString() | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$'
            ($local | Get-Member -Name ToString).MemberType | Should -Be 'CodeMethod'
        }

        It 'Export-Csv writes every date in ISO 8601 on <Culture>' -ForEach @(@{ Culture = 'de-DE' }, @{ Culture = 'en-US' }) {
            $activities = Join-Path $TestDrive "activities-$Culture.csv"
            $wellness = Join-Path $TestDrive "wellness-$Culture.csv"
            $athlete = Join-Path $TestDrive "athlete-$Culture.csv"

            Invoke-WithCulture $Culture {
                Get-IcuActivity -Oldest $Today.AddDays(-20) -WarningAction SilentlyContinue | Export-Csv -Path $activities -UseCulture
                Get-IcuWellness -Oldest $Today.AddDays(-3) | Export-Csv -Path $wellness -UseCulture
                Get-IcuAthlete | Export-Csv -Path $athlete -UseCulture
            }

            $delimiter = ([cultureinfo]$Culture).TextInfo.ListSeparator
            $rows = @(Import-Csv -Path $activities -Delimiter $delimiter)
            $rows.Count | Should -BeGreaterThan 5
            $rows | ForEach-Object { $_.StartDateLocal | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$' }
            $rows | Where-Object Created | ForEach-Object { $_.Created | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$' }
            @(Import-Csv -Path $wellness -Delimiter $delimiter) | ForEach-Object { $_.Id | Should -Match '^\d{4}-\d\d-\d\d$' }
            (Import-Csv -Path $athlete -Delimiter $delimiter).IcuDateOfBirth | Should -Be '1991-04-17'
            Get-Content -Path $activities, $wellness, $athlete -Raw | Should -Not -Match '\b\d{1,2}[./]\d{1,2}[./]\d{4}\b' -Because 'no date is written the culture''s way'
        }
    }

    Context 'nested data in CSV cells' {
        It 'Get-IcuAthlete | Export-Csv keeps every FTP and zone: SportSettings is JSON, and the thresholds are columns' {
            $csv = Join-Path $TestDrive 'athlete.csv'

            Get-IcuAthlete | Export-Csv -Path $csv
            $row = Import-Csv -Path $csv

            $settings = $row.SportSettings | ConvertFrom-Json
            $ride = $settings | Where-Object { $_.types -contains 'Ride' }
            $ride.ftp | Should -Be 265
            $ride.power_zones.Count | Should -Be 7
            $row.RideFtp | Should -Be '265'
            $row.RideLthr | Should -Be '168'
            $row.RunLthr | Should -Be '171'
            $row.PSObject.Properties.Name | Should -Contain 'RunThresholdPace'
        }

        It 'zone times, intervals and wellness sport info are JSON cells, not counts' {
            $csv = Join-Path $TestDrive 'ride.csv'
            $wellness = Join-Path $TestDrive 'sportinfo.csv'
            $ride = Get-IcuActivity -Oldest '2000-01-01' -Type Ride -Limit 1 | Get-IcuActivity -IncludeIntervals

            $ride | Export-Csv -Path $csv
            Get-IcuWellness -Date $Today | Export-Csv -Path $wellness
            $row = Import-Csv -Path $csv

            ($row.IcuZoneTimes | ConvertFrom-Json).id | Should -Contain 'Z1'
            ($row.Intervals | ConvertFrom-Json).average_watts -join ',' | Should -Be '150,240'
            ($row.IntervalGroups | ConvertFrom-Json).id | Should -Be 'g1'
            ((Import-Csv -Path $wellness).SportInfo | ConvertFrom-Json)[0].type | Should -Be 'Ride'
        }

        It '-IncludeIntervals gives typed intervals: Format-List shows PascalCase properties, no dictionary' {
            $ride = Get-IcuActivity -Oldest '2000-01-01' -Type Ride -Limit 1 | Get-IcuActivity -IncludeIntervals

            $text = $ride.Intervals | Format-List | Out-String -Width 120

            $text | Should -Match 'AverageWatts\s+: 240'
            $text | Should -Match 'ActivityId\s+: i\d+'
            $text | Should -Not -Match 'Dictionary|average_watts'
        }
    }

    Context 'German CSVs read back' {
        It 'Export-Csv -UseCulture on de-DE writes single numbers and number lists the same way, so every number reads back' {
            $csv = Join-Path $TestDrive 'german.csv'

            $activities = Invoke-WithCulture 'de-DE' {
                $read = @(Get-IcuActivity -Oldest $Today.AddDays(-30) -WarningAction SilentlyContinue | Where-Object { $_.PaceZones -and $_.Distance })
                $read | Export-Csv -Path $csv -UseCulture
                $read
            }
            $rows = Invoke-WithCulture 'de-DE' { @(Import-Csv -Path $csv -UseCulture) }

            $activities.Count | Should -BeGreaterThan 0
            $rows.Count | Should -Be $activities.Count
            for ($i = 0; $i -lt $rows.Count; $i++) {
                [double]::Parse($rows[$i].Distance, $German) | Should -Be $activities[$i].Distance
                @($rows[$i].PaceZones -split ';' | ForEach-Object { [double]::Parse($_, $German) }) -join '|' |
                    Should -Be ($activities[$i].PaceZones -join '|')
            }
            $rows[0].PaceZones | Should -Match ',' -Because 'the pace zones have decimals, written with the German comma'
        }
    }

    Context 'Test-IcuAuth table' {
        It 'reads cleanly at <Width> columns: no word is split and nothing is cut off' -ForEach @(@{ Width = 80 }, @{ Width = 120 }) {
            $refused = ConvertTo-SecureString 'wrongwrongwrongwrong0000001' -AsPlainText -Force
            $checks = @(Test-IcuAuth -ApiKey $AlexSecureKey -BaseUri $BaseUri) + @(Test-IcuAuth -ApiKey $refused -BaseUri $BaseUri)
            @($checks | Where-Object Fix).Count | Should -BeGreaterThan 0 -Because 'the fixes must be shown too'

            $text = $checks | Out-String -Width $Width

            $tokens = [System.Collections.Generic.HashSet[string]]::new([string[]](-split $text))
            $words = $checks | ForEach-Object { -split $_.Observed; if ($_.Fix) { -split $_.Fix } }
            @($words | Where-Object { -not $tokens.Contains($_) }) | Should -BeNullOrEmpty
            @($text -split '\r?\n' | Where-Object { $_.TrimEnd().Length -gt $Width }) | Should -BeNullOrEmpty
        }
    }
}
