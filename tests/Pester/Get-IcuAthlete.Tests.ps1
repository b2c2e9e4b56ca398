#Requires -Version 7.4
# Pester 5: Get-IcuAthlete against the local emulator (never intervals.icu).

Describe 'Get-IcuAthlete' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $Suffix = ',IntervalsIcu.PowerShell.Commands.GetIcuAthleteCommand'

        # The coach's session is passed with -Session; Alex's is the default.
        $Coach = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'reading athletes' {
        It 'returns the connected athlete by default' {
            $athlete = @(Get-IcuAthlete)

            $athlete.Count | Should -Be 1
            $athlete[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuAthlete'
            $athlete[0].Id | Should -Be 'i100001'
            $athlete[0].Name | Should -Be 'Alex Rider'
            $athlete[0].Timezone | Should -Be 'Europe/Berlin'
        }

        It 'takes -Id from the pipeline by property name: <Name>' -ForEach @(
            @{ Name = 'Id'; InputObject = [pscustomobject]@{ Id = 'i100001' } }
            @{ Name = 'AthleteId (alias)'; InputObject = [pscustomobject]@{ AthleteId = 'i100001' } }
        ) {
            $athlete = @($InputObject | Get-IcuAthlete)

            $athlete.Count | Should -Be 1
            $athlete[0].Id | Should -Be 'i100001'
        }

        It 'takes the session''s AthleteId from the pipeline (Get-IcuSession | Get-IcuAthlete)' {
            $athlete = @(Get-IcuSession | Get-IcuAthlete)

            $athlete.Count | Should -Be 1
            $athlete[0].Id | Should -Be 'i100001'
        }

        It 'reads each coached athlete piped to it by property name, with -Session' {
            $athletes = @('i100001', 'i100003' | ForEach-Object { [pscustomobject]@{ AthleteId = $_ } } | Get-IcuAthlete -Session $Coach)

            @($athletes.Id) -join ',' | Should -Be 'i100001,i100003'
        }

        It 'reads several ids given to -Id' {
            $athletes = @(Get-IcuAthlete -Id 'i100001', 'i100003' -Session $Coach)

            @($athletes.Id) -join ',' | Should -Be 'i100001,i100003'
        }

        It 'reports an id the key may not read as a non-terminating IcuAccessDenied, and goes on with the others' {
            $errors = $null

            $athletes = @(Get-IcuAthlete -Id 'i100002', 'i100001' -ErrorAction SilentlyContinue -ErrorVariable errors)

            @($athletes.Id) -join ',' | Should -Be 'i100001'
            @($errors).Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -Be "IcuAccessDenied$Suffix"
            $errors[0].TargetObject | Should -Be 'i100002'
        }
    }

    Context '-Coached' {
        It 'lists the coach and the 3 athletes in all (the coach and the two they coach)' {
            $athletes = @(Get-IcuAthlete -Coached -Session $Coach)

            $athletes.Count | Should -Be 3
            @($athletes | ForEach-Object { $_.GetType().FullName } | Select-Object -Unique) | Should -Be 'IntervalsIcu.Core.Model.IcuCoachedAthlete'
            (@($athletes.Id) | Sort-Object) -join ',' | Should -Be 'i100001,i100002,i100003'
        }

        It 'lists only the athlete itself for an athlete who coaches nobody' {
            $athletes = @(Get-IcuAthlete -Coached)

            @($athletes.Id) -join ',' | Should -Be 'i100001'
        }
    }

    Context 'output' {
        It 'Export-Csv writes every field and no cell holds a System.* type name: <Name>' -ForEach @(
            @{ Name = 'Get-IcuAthlete'; Coached = $false }
            @{ Name = 'Get-IcuAthlete -Coached'; Coached = $true }
        ) {
            $path = Join-Path $TestDrive "athletes-$Coached.csv"
            if ($Coached) {
                Get-IcuAthlete -Coached -Session $Coach | Export-Csv -LiteralPath $path -NoTypeInformation
            }
            else {
                Get-IcuAthlete | Export-Csv -LiteralPath $path -NoTypeInformation
            }

            $rows = @(Import-Csv -LiteralPath $path)
            $rows.Count | Should -BeGreaterThan 0
            $columns = @($rows[0].PSObject.Properties.Name)
            foreach ($column in 'Id', 'Name', 'Timezone', 'City', 'Country') {
                $columns | Should -Contain $column
            }

            $columns.Count | Should -BeGreaterThan 5 -Because 'the table view limits what the console shows, not what Export-Csv writes'
            $typeNames = @(foreach ($row in $rows) {
                    foreach ($cell in $row.PSObject.Properties) {
                        if ("$($cell.Value)" -match 'System\.[A-Za-z]') {
                            "$($cell.Name)=$($cell.Value)"
                        }
                    }
                })
            $typeNames | Should -BeNullOrEmpty -Because "cells must hold data, not type names: $($typeNames -join '; ')"
        }

        It 'shows a table of Id, Name, Timezone, City and Country' {
            $table = Get-IcuAthlete | Format-Table | Out-String -Width 120 | Remove-IcuAnsi

            $table | Should -Match 'Id\s+Name\s+Timezone\s+City\s+Country'
            $table | Should -Match 'i100001\s+Alex Rider\s+Europe/Berlin'
        }

        It 'shows the same table for coached athletes' {
            $table = Get-IcuAthlete -Coached -Session $Coach | Format-Table | Out-String -Width 120 | Remove-IcuAnsi

            $table | Should -Match 'Id\s+Name\s+Timezone\s+City\s+Country'
            $table | Should -Match 'i100002'
        }
    }
}
