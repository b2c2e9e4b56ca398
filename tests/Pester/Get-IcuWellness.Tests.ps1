#Requires -Version 7.4
# Pester 5: Get-IcuWellness against the local emulator (never intervals.icu). The demo athlete i100001
# has 28 seeded days up to today (Europe/Berlin), a custom field BodyBattery and a locked day 2 days ago.

Describe 'Get-IcuWellness' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $Suffix = ',IntervalsIcu.PowerShell.Commands.GetIcuWellnessCommand'
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri

        # The demo athlete's calendar, as the module computes "today".
        $Today = [System.TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetime]::UtcNow, 'Europe/Berlin').Date
        function DayText([int] $DaysAgo) { $Today.AddDays(-$DaysAgo).ToString('yyyy-MM-dd', [cultureinfo]::InvariantCulture) }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'reading days' {
        It 'returns the 7 days ending today in the athlete''s time zone by default, oldest first' {
            $days = @(Get-IcuWellness)

            $days.Count | Should -Be 7
            $days[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuWellness'
            @($days.Id) -join ',' | Should -Be ((6..0 | ForEach-Object { DayText $_ }) -join ',')
        }

        It 'reads -Oldest to -Newest, both inclusive' {
            $days = @(Get-IcuWellness -Oldest $Today.AddDays(-20) -Newest $Today.AddDays(-11))

            $days.Count | Should -Be 10
            $days[0].Id.ToString('yyyy-MM-dd') | Should -Be (DayText 20)
            $days[-1].Id.ToString('yyyy-MM-dd') | Should -Be (DayText 11)
        }

        It 'reads only the dates given to -Date, leaving out a date without a record' {
            $days = @(Get-IcuWellness -Date @($Today.AddDays(-3), $Today.AddDays(-1), $Today.AddDays(-400)))

            @($days.Id) -join ',' | Should -Be ((DayText 3), (DayText 1) -join ',')
        }

        It 'takes dates from the pipeline by property name: <Name>' -ForEach @(
            @{ Name = 'Date'; Property = 'Date' }
            @{ Name = 'Id (alias)'; Property = 'Id' }
        ) {
            $inputObjects = @(1, 2) | ForEach-Object { [pscustomobject]@{ $Property = (DayText $_) } }

            $days = @($inputObjects | Get-IcuWellness)

            @($days.Id) -join ',' | Should -Be ((DayText 2), (DayText 1) -join ',')
        }

        It 'shows the locked day as Locked' {
            (Get-IcuWellness -Date $Today.AddDays(-2)).Locked | Should -BeTrue
            (Get-IcuWellness -Date $Today.AddDays(-1)).Locked | Should -BeFalse
        }

        It 'refuses -Oldest after -Newest with IcuWellnessInvalidDateRange' {
            { Get-IcuWellness -Oldest $Today -Newest $Today.AddDays(-1) -ErrorAction Stop } |
                Should -Throw -ErrorId "IcuWellnessInvalidDateRange$Suffix"
        }
    }

    Context 'output' {
        It 'has the custom field BodyBattery as an ordinary property' {
            $day = Get-IcuWellness -Date $Today

            $day.BodyBattery | Should -Be 60
            $day.PSObject.Properties['BodyBattery'].MemberType | Should -Be 'NoteProperty'
        }

        It 'has SportInfoText as one line of text, the list still in SportInfo' {
            $day = Get-IcuWellness -Date $Today

            $day.SportInfoText | Should -Be 'Ride eftp=268 wPrime=18500 pMax=950'
            $day.SportInfo[0].Eftp | Should -Be 268
        }

        It 'Export-Csv writes every field, the custom field as a column, and no cell holds a type name' {
            $path = Join-Path $TestDrive 'wellness.csv'

            Get-IcuWellness -Oldest $Today.AddDays(-6) | Export-Csv -LiteralPath $path -NoTypeInformation

            $rows = @(Import-Csv -LiteralPath $path)
            $rows.Count | Should -Be 7
            $columns = @($rows[0].PSObject.Properties.Name)
            foreach ($column in 'Id', 'Weight', 'RestingHR', 'Hrv', 'SleepSecs', 'Locked', 'BodyBattery', 'SportInfoText', 'Ctl') {
                $columns | Should -Contain $column
            }

            $typeNames = @(foreach ($row in $rows) {
                    foreach ($cell in $row.PSObject.Properties) {
                        if ("$($cell.Value)" -match '(System|IntervalsIcu)\.[A-Za-z]') {
                            "$($cell.Name)=$($cell.Value)"
                        }
                    }
                })
            $typeNames | Should -BeNullOrEmpty -Because "cells must hold data, not type names: $($typeNames -join '; ')"
        }

        It '-Raw writes each day as the server''s JSON' {
            $raw = @(Get-IcuWellness -Date $Today -Raw)

            $raw.Count | Should -Be 1
            $raw[0] | Should -BeOfType [string]
            $json = $raw[0] | ConvertFrom-Json
            $json.id | Should -Be (DayText 0)
            $json.BodyBattery | Should -Be 60
        }

        It 'shows a table of Date, Weight, RestingHR, Hrv, SleepHours and the subjective scores' {
            $table = Get-IcuWellness | Format-Table | Out-String -Width 120 | Remove-IcuAnsi

            $table | Should -Match 'Date\s+Weight\s+RestingHR\s+Hrv\s+SleepHours\s+Soreness\s+Fatigue\s+Mood\s+Locked'
            $table | Should -Match ([regex]::Escape((DayText 0)))
        }
    }

    Context 'without a session' {
        It 'stops with IcuNotConnected' {
            Disconnect-Icu
            try {
                { Get-IcuWellness -ErrorAction Stop } | Should -Throw -ErrorId "IcuNotConnected$Suffix"
            }
            finally {
                Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
            }
        }
    }
}
