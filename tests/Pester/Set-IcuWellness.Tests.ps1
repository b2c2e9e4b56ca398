#Requires -Version 7.4
# Pester 5: Set-IcuWellness against the local emulator (never intervals.icu), as the coached runner
# i100003, each test on its own dates in 2011 so tests never see each other's days. The logic itself is
# proven by the xunit tests; these prove the binding, the streams and the exit status in a real pwsh.

Describe 'Set-IcuWellness' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $RunnerKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100003'
        $RunnerSecureKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100003' -AsSecureString
        $Suffix = ',IntervalsIcu.PowerShell.Commands.SetIcuWellnessCommand'
        $RepositoryRoot = Get-IcuRepositoryRoot
        Connect-Icu -ApiKey $RunnerSecureKey -BaseUri $BaseUri

        function ServerDay([string] $Date) { Get-IcuWellness -Date $Date }

        function New-Csv([string] $Name, [string[]] $Lines) {
            $path = Join-Path $TestDrive $Name
            Set-Content -LiteralPath $path -Value $Lines -Encoding utf8
            $path
        }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'CSV rows' {
        It 'leaves the server''s value for a blank cell: never sent, never 0' {
            Set-IcuWellness -Date 2011-01-01 -Weight 70.9 -RestingHR 47
            $csv = New-Csv 'blank.csv' @('date,weight,restingHR,hrv', '2011-01-01,,  ,61')

            Import-Csv -LiteralPath $csv | Set-IcuWellness

            $day = ServerDay 2011-01-01
            $day.Weight | Should -Be 70.9
            $day.RestingHR | Should -Be 47
            $day.Hrv | Should -Be 61
        }

        It 'binds common CSV headers through the aliases' {
            $csv = New-Csv 'aliases.csv' @('Day,RHR,rMSSD,sleep_hours,body_fat,Notes', '2011-01-02,45,66.5,7:30,12.5,easy week')

            Import-Csv -LiteralPath $csv | Set-IcuWellness

            $day = ServerDay 2011-01-02
            $day.RestingHR | Should -Be 45
            $day.Hrv | Should -Be 66.5
            $day.SleepSecs | Should -Be 27000
            $day.BodyFat | Should -Be 12.5
            $day.Comments | Should -Be 'easy week'
        }

        It 'binds the keys of a hashtable and the columns of a DataRow as it binds CSV columns, without calling a DataRow''s own properties unused' {
            @{ Date = '2011-01-03'; RHR = 46; Weight = '71.5' } | Set-IcuWellness
            $table = [System.Data.DataTable]::new()
            foreach ($column in 'Day', 'resting_hr', 'body_fat') { [void]$table.Columns.Add($column) }
            [void]$table.Rows.Add('2011-01-04', '47', '12.1')

            $table.Rows | Set-IcuWellness -WarningVariable warnings

            (ServerDay 2011-01-03).RestingHR | Should -Be 46
            (ServerDay 2011-01-03).Weight | Should -Be 71.5
            (ServerDay 2011-01-04).RestingHR | Should -Be 47
            (ServerDay 2011-01-04).BodyFat | Should -Be 12.1
            $warnings | Should -BeNullOrEmpty -Because 'RowState, Table and ItemArray are the DataRow''s shape, not columns'
        }

        It 'reads 70.5 as 70.5 on a German machine, and a German semicolon CSV''s 70,4 as 70.4' {
            $saved = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'de-DE'
                $point = New-Csv 'point.csv' @('Date,Weight', '2011-01-03,70.5')
                $comma = New-Csv 'comma.csv' @('Date;Weight', '2011-01-04;70,4')

                Import-Csv -LiteralPath $point | Set-IcuWellness
                Import-Csv -LiteralPath $comma -Delimiter ';' | Set-IcuWellness
            }
            finally {
                [cultureinfo]::CurrentCulture = $saved
            }

            (ServerDay 2011-01-03).Weight | Should -Be 70.5
            (ServerDay 2011-01-04).Weight | Should -Be 70.4
        }

        It 'reports each invalid row as a non-terminating IcuWellnessInvalidValue with the row as TargetObject, and sends the valid rows' {
            $csv = New-Csv 'invalid.csv' @(
                'Date,Weight,RestingHR,Soreness'
                '2011-01-05,70.1,48,2'
                '2011-01-06,0,48,2'
                '2011-01-07,70.2,abc,'
                '2011-02-30,70.3,,'
                '2011-01-08,70.4,,')
            $errors = $null

            Import-Csv -LiteralPath $csv | Set-IcuWellness -ErrorAction SilentlyContinue -ErrorVariable errors
            $succeeded = $?

            $succeeded | Should -BeFalse
            @($errors).Count | Should -Be 3
            @($errors | ForEach-Object FullyQualifiedErrorId | Select-Object -Unique) | Should -Be "IcuWellnessInvalidValue$Suffix"
            $errors[0].TargetObject.Date | Should -Be '2011-01-06'
            $errors[0].Exception.Message | Should -Match '^2011-01-06: Weight 0 is outside 20 to 300 kg'
            $errors[1].Exception.Message | Should -Match "RestingHR 'abc' is not a number"
            $errors[2].Exception.Message | Should -Match "Date '2011-02-30' is not a date"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
            (ServerDay 2011-01-05).Weight | Should -Be 70.1
            (ServerDay 2011-01-08).Weight | Should -Be 70.4
            ServerDay 2011-01-06 | Should -BeNullOrEmpty
        }

        It 'merges two rows of one date, the later winning, with an IcuWellnessDuplicateDate warning' {
            $rows = @(
                [pscustomobject]@{ Date = '2011-01-09'; Weight = '70.9'; RestingHR = '50' }
                [pscustomobject]@{ Date = '2011-01-09'; Weight = '70.4'; RestingHR = '' }
            )
            $warnings = $null

            $rows | Set-IcuWellness -WarningVariable warnings -WarningAction SilentlyContinue

            @($warnings) -join ' ' | Should -Match 'IcuWellnessDuplicateDate'
            $day = ServerDay 2011-01-09
            $day.Weight | Should -Be 70.4
            $day.RestingHR | Should -Be 50
        }
    }

    Context 'columns that name no field (issue 10.1)' {
        It 'reads unit and spaced headers, warns once naming the unused columns with the closest field, and fails a row with no usable field' {
            $csv = New-Csv 'typos.csv' @('Date,Wieght,Resting HR,HRV (ms),Sleep', '2011-01-20,70.5,48,61,7.5', '2011-01-21,70.6,49,62,7.4')
            $onlyUnknown = New-Csv 'unknown.csv' @('Date,Wieght,Sleep', '2011-01-22,70.5,7.5')
            $warnings = $null
            $errors = $null

            $results = @(Import-Csv -LiteralPath $csv | Set-IcuWellness -PassThru -WarningVariable warnings -WarningAction SilentlyContinue)
            $failed = @(Import-Csv -LiteralPath $onlyUnknown | Set-IcuWellness -PassThru -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
            $succeeded = $?

            @($results.Status) -join ',' | Should -Be 'Sent,Sent'
            (ServerDay 2011-01-20).RestingHR | Should -Be 48
            (ServerDay 2011-01-20).Hrv | Should -Be 61
            (ServerDay 2011-01-20).Weight | Should -BeNullOrEmpty
            @($warnings).Count | Should -Be 1 -Because 'one warning per set of columns, not per row'
            "$($warnings[0])" | Should -Match "'Wieght' → Weight\?"
            "$($warnings[0])" | Should -Match "'Sleep' → SleepHours"
            "$($warnings[0])" | Should -Match 'IcuWellnessUnusedColumns'
            $failed.Status | Should -Be 'Failed'
            $failed.ErrorId | Should -Be 'IcuWellnessNoField'
            $succeeded | Should -BeFalse
            $errors[0].FullyQualifiedErrorId | Should -Be "IcuWellnessNoField$Suffix"
            $errors[0].Exception.Message | Should -Match "Wieght' → Weight\?"
            ServerDay 2011-01-22 | Should -BeNullOrEmpty
        }

        It 'reads Garmin-style headers with units' {
            $csv = New-Csv 'garmin.csv' @('Date,Weight (kg),Resting Heart Rate,Body Fat %,Sleep Duration (h)', '2011-01-23,70.5,48,12.5,7.5')

            Import-Csv -LiteralPath $csv | Set-IcuWellness

            $day = ServerDay 2011-01-23
            $day.Weight | Should -Be 70.5
            $day.RestingHR | Should -Be 48
            $day.BodyFat | Should -Be 12.5
            $day.SleepSecs | Should -Be 27000
        }

        It 'fails a row of unknown columns without a Date column instead of writing nothing silently' {
            $csv = New-Csv 'nodate.csv' @('Wieght,Mod', '70.5,2')

            $result = Import-Csv -LiteralPath $csv | Set-IcuWellness -PassThru -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

            $result.Status | Should -Be 'Failed'
            $result.ErrorId | Should -Be 'IcuWellnessNoField'
        }

        It 'says so for empty input, a header-only CSV, and no field at all' {
            $headerOnly = New-Csv 'header.csv' @('Date,Weight')
            $warnings = $null
            $errors = $null

            @() | Set-IcuWellness -WarningVariable +warnings -WarningAction SilentlyContinue
            Import-Csv -LiteralPath $headerOnly | Set-IcuWellness -WarningVariable +warnings -WarningAction SilentlyContinue
            Set-IcuWellness -Date 2011-01-24 -ErrorVariable errors -ErrorAction SilentlyContinue
            $succeeded = $?

            @($warnings | Where-Object { "$_" -match 'IcuWellnessNoInput' }).Count | Should -Be 2
            $succeeded | Should -BeFalse
            $errors[0].FullyQualifiedErrorId | Should -Be "IcuWellnessNoField$Suffix"
            $errors[0].ErrorDetails.RecommendedAction | Should -Match '-Weight 70.5'
        }
    }

    Context 'messages and dates (issue 10.9)' {
        It 'binds -Date the PowerShell way: 25.01.2011 on a German machine' {
            $saved = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'de-DE'
                $result = Set-IcuWellness -Date '25.01.2011' -Weight 70.5 -PassThru
            }
            finally {
                [cultureinfo]::CurrentCulture = $saved
            }

            $result.Date | Should -Be '2011-01-25'
            (ServerDay 2011-01-25).Weight | Should -Be 70.5
        }

        It 'stops with IcuWellnessInvalidDateParameter for a -Date that is no date' {
            { Set-IcuWellness -Date 'someday' -Weight 70 -ErrorAction Stop } | Should -Throw -ErrorId "IcuWellnessInvalidDateParameter$Suffix"
        }

        It 'reads Steps 12,345 as a whole number and says which end of a score is best' {
            $csv = New-Csv 'steps.csv' @('Date,Steps,Soreness', '2011-01-26,"12,345",', '2011-01-27,,5')
            $errors = $null

            Import-Csv -LiteralPath $csv | Set-IcuWellness -ErrorVariable errors -ErrorAction SilentlyContinue

            (ServerDay 2011-01-26).Steps | Should -Be 12345
            $errors[0].Exception.Message | Should -Be '2011-01-27: Soreness 5 is outside 1 to 4 (1 = best)'
        }
    }

    Context 'modes, locked days and clearing' {
        It '-Mode FillEmpty writes only what the server lacks' {
            Set-IcuWellness -Date 2011-02-01 -Weight 70.9

            $result = Set-IcuWellness -Date 2011-02-01 -Weight 70.4 -RestingHR 48 -Mode FillEmpty -PassThru

            @($result.Fields) -join ',' | Should -Be 'RestingHR'
            (ServerDay 2011-02-01).Weight | Should -Be 70.9
            (ServerDay 2011-02-01).RestingHR | Should -Be 48
        }

        It 'skips a locked day with an IcuWellnessLockedSkipped warning, and writes it with -Force' {
            Set-IcuWellness -Date 2011-02-02 -Weight 71.2 -Locked $true
            $warnings = $null

            $skipped = Set-IcuWellness -Date 2011-02-02 -Weight 70.4 -PassThru -WarningVariable warnings -WarningAction SilentlyContinue
            $succeeded = $?
            $weightAfterSkip = (ServerDay 2011-02-02).Weight
            $forced = Set-IcuWellness -Date 2011-02-02 -Weight 70.4 -Force -PassThru

            $skipped.Status | Should -Be 'SkippedLocked'
            $succeeded | Should -BeTrue -Because 'a skipped locked day is a warning, not an error'
            @($warnings) -join ' ' | Should -Match 'IcuWellnessLockedSkipped'
            $weightAfterSkip | Should -Be 71.2
            $forced.Status | Should -Be 'Sent'
            (ServerDay 2011-02-02).Weight | Should -Be 70.4
            (ServerDay 2011-02-02).Locked | Should -BeTrue
        }

        It '-Clear sends -1 and empties the field' {
            Set-IcuWellness -Date 2011-02-03 -Weight 70.9 -RestingHR 47

            $result = Set-IcuWellness -Date 2011-02-03 -Clear Weight -PassThru

            $result.Changes | Should -Be 'Weight 70.9 -> (cleared)'
            (ServerDay 2011-02-03).Weight | Should -BeNullOrEmpty
            (ServerDay 2011-02-03).RestingHR | Should -Be 47
        }

        It 'stops before reading any input when -Clear names no clearable field' {
            { [pscustomobject]@{ Date = '2011-02-04'; Weight = '70' } | Set-IcuWellness -Clear Comments -ErrorAction Stop } |
                Should -Throw -ErrorId "IcuWellnessUnknownField$Suffix"
            ServerDay 2011-02-04 | Should -BeNullOrEmpty
        }

        It 'writes custom fields given with -CustomField' {
            Set-IcuWellness -Date 2011-02-05 -CustomField @{ BodyBattery = 72 }

            (ServerDay 2011-02-05).BodyBattery | Should -Be 72
        }

        It 'writes today in the athlete''s time zone when no date is given' {
            $today = [System.TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetime]::UtcNow, 'Europe/Stockholm').ToString('yyyy-MM-dd')

            $result = Set-IcuWellness -Steps 1234 -PassThru

            $result.Date | Should -Be $today
            (ServerDay $today).Steps | Should -Be 1234
        }
    }

    Context 'objects from Get-IcuWellness' {
        It 'sends back only what was edited, custom fields included' {
            Set-IcuWellness -Date 2011-03-01 -Weight 70.9 -RestingHR 47 -CustomField @{ BodyBattery = 60 }
            $day = Get-IcuWellness -Date 2011-03-01
            $day.Weight = 69.9
            $day.BodyBattery = 65

            $result = $day | Set-IcuWellness -PassThru

            $result.Status | Should -Be 'Sent'
            @($result.Fields) -join ',' | Should -Be 'Weight,BodyBattery'
            (ServerDay 2011-03-01).Weight | Should -Be 69.9
            (ServerDay 2011-03-01).BodyBattery | Should -Be 65
        }

        It 'is Unchanged when nothing was edited, also through -InputObject' {
            Set-IcuWellness -Date 2011-03-02 -Weight 70.9

            $piped = Get-IcuWellness -Date 2011-03-02 | Set-IcuWellness -PassThru
            $given = Set-IcuWellness -InputObject @(Get-IcuWellness -Date 2011-03-02) -PassThru

            $piped.Status | Should -Be 'Unchanged'
            $given.Status | Should -Be 'Unchanged'
        }
    }

    Context 'output' {
        It 'writes nothing without -PassThru, and always a verbose summary' {
            $csv = New-Csv 'summary.csv' @('Date,Weight', '2011-04-01,70.1', '2011-04-02,70.2', '2011-04-03,x')

            $output = @(Import-Csv -LiteralPath $csv | Set-IcuWellness -Verbose -ErrorAction SilentlyContinue 4>&1)

            @($output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }) | Should -BeNullOrEmpty
            @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message) |
                Should -Contain '3 dates: 2 sent in 1 request, 1 invalid (current values read in 1 request)'
        }

        It '-PassThru writes one IcuWellnessResult per date that Export-Csv logs without type names' {
            $rows = @('2011-04-04', '2011-04-05') | ForEach-Object { [pscustomobject]@{ Date = $_; Weight = '70.5'; RestingHR = '46' } }
            $log = Join-Path $TestDrive 'log.csv'

            $results = @($rows | Set-IcuWellness -PassThru)
            $results | Export-Csv -LiteralPath $log -NoTypeInformation

            $results.Count | Should -Be 2
            $results[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Wellness.IcuWellnessResult'
            @($results.Status | Select-Object -Unique) | Should -Be 'Sent'
            $logged = @(Import-Csv -LiteralPath $log)
            $logged[0].Date | Should -Be '2011-04-04'
            $logged[0].Fields | Should -Be 'Weight;RestingHR'
            $logged[0].Changes | Should -Be 'Weight (empty) -> 70.5; RestingHR (empty) -> 46'
            ($logged | ConvertTo-Csv) -join "`n" | Should -Not -Match 'System\.|IntervalsIcu\.'
        }

        It 'shows a table of Date, Status, Fields and Details' {
            $table = Set-IcuWellness -Date 2011-04-06 -Weight 70.5 -PassThru | Format-Table | Out-String -Width 120 | Remove-IcuAnsi

            $table | Should -Match 'Date\s+Status\s+Fields\s+Details'
            $table | Should -Match '2011-04-06\s+Sent'
        }
    }

    Context '-WhatIf' {
        It 'sends nothing and shows the field-level diff per date' {
            Set-IcuWellness -Date 2011-05-01 -Weight 70.9
            $childScript = @'
param([string] $ModulePath, [string] $BaseUri)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Connect-Icu -BaseUri $BaseUri
[pscustomobject]@{ Date = '2011-05-01'; Weight = '70.4'; RestingHR = '48' } | Set-IcuWellness -WhatIf
'@
            $env:INTERVALS_ICU_API_KEY = $RunnerKey
            try {
                $run = Invoke-IcuIsolatedPwsh -ScriptText $childScript -ArgumentList '-ModulePath', (Get-IcuTestModulePath), '-BaseUri', $BaseUri
            }
            finally {
                $env:INTERVALS_ICU_API_KEY = $null
            }

            $run.ExitCode | Should -Be 0 -Because ($run.Output -join [Environment]::NewLine)
            ($run.Output -join "`n") | Should -Match 'What if: Set wellness of 2011-05-01: Weight 70\.9 -> 70\.4; RestingHR \(empty\) -> 48'
            (ServerDay 2011-05-01).Weight | Should -Be 70.9
            (ServerDay 2011-05-01).RestingHR | Should -BeNullOrEmpty
        }
    }

    Context 'parameters' {
        It 'has a parameter for every writable field with the field table''s aliases, and a piped object''s properties bind to it by any of them' {
            $command = Get-Command Set-IcuWellness
            $row = [ordered]@{ Date = '2011-01-05' }
            $expected = @{}
            $number = 1
            foreach ($field in [IntervalsIcu.Core.Wellness.WellnessFields]::All) {
                $parameter = $command.Parameters[$field.Name]
                $parameter | Should -Not -BeNullOrEmpty -Because "-$($field.Name) must exist"
                @($parameter.Aliases) -join ',' | Should -Be (@($field.Aliases) -join ',')
                # Each field under its last alias (or its name), the way a CSV header would spell it.
                if ($field.Kind -in 'Integer', 'Number') {
                    $header = @($field.Aliases)[-1] ?? $field.Name
                    $value = [math]::Min(($field.Maximum ?? 1000), [math]::Max(($field.Minimum ?? 0), $number++))
                    $row[$header] = "$value"
                    $expected[$field.Name] = $value
                }
            }

            $result = [pscustomobject]$row | Set-IcuWellness -PassThru -WarningVariable warnings

            $result.Status | Should -Be 'Sent'
            $warnings | Should -BeNullOrEmpty
            $day = ServerDay 2011-01-05
            foreach ($name in $expected.Keys) {
                $day.$name | Should -Be $expected[$name] -Because "a column named after -$name or its last alias binds to it"
            }
        }

        It 'ships its format view and the about_IntervalsIcu_ScheduledUpload topic' {
            Get-FormatData -TypeName 'IntervalsIcu.Core.Wellness.IcuWellnessResult' | Should -Not -BeNullOrEmpty
            Get-FormatData -TypeName 'IntervalsIcu.Core.Model.IcuWellness' | Should -Not -BeNullOrEmpty
            Join-Path (Split-Path -Parent (Get-IcuTestModulePath)) 'en-US' 'about_IntervalsIcu_ScheduledUpload.help.txt' | Should -Exist
        }

        It 'supports -WhatIf and -Confirm and declares its output type' {
            $command = Get-Command Set-IcuWellness

            $command.Parameters.Keys | Should -Contain 'WhatIf'
            $command.Parameters.Keys | Should -Contain 'Confirm'
            $command.OutputType.Name | Should -Contain 'IntervalsIcu.Core.Wellness.IcuWellnessResult'
        }
    }

    Context 'without a session' {
        It 'stops with IcuNotConnected before reading the input' {
            Disconnect-Icu
            try {
                { [pscustomobject]@{ Date = '2011-06-01'; Weight = '70' } | Set-IcuWellness -ErrorAction Stop } |
                    Should -Throw -ErrorId "IcuNotConnected$Suffix"
            }
            finally {
                Connect-Icu -ApiKey $RunnerSecureKey -BaseUri $BaseUri
            }
        }
    }

    Context 'examples/Send-DailyWellness.ps1' {
        BeforeAll {
            $Example = Join-Path $RepositoryRoot 'examples' 'Send-DailyWellness.ps1'
            $RunExample = @'
param([string] $ModulePath, [string] $Example, [string] $Csv, [string] $Log, [string] $BaseUri)
Import-Module $ModulePath
& $Example -Path $Csv -LogPath $Log -BaseUri $BaseUri
exit $LASTEXITCODE
'@
            function Invoke-Example([string] $Csv, [string] $Log, [string] $Key) {
                $env:INTERVALS_ICU_API_KEY = $Key
                try {
                    Invoke-IcuIsolatedPwsh -ScriptText $RunExample -ArgumentList '-ModulePath', (Get-IcuTestModulePath), '-Example', $Example, '-Csv', $Csv, '-Log', $Log, '-BaseUri', $BaseUri
                }
                finally {
                    $env:INTERVALS_ICU_API_KEY = $null
                }
            }
        }

        It 'exists and parses' {
            $Example | Should -Exist
            $tokens = $null
            $parseErrors = $null
            $null = [System.Management.Automation.Language.Parser]::ParseFile($Example, [ref] $tokens, [ref] $parseErrors)
            $parseErrors | Should -BeNullOrEmpty
        }

        It 'uploads, appends the results to the log and exits 0' {
            $csv = New-Csv 'daily-ok.csv' @('Date,Weight,RestingHR,Hrv,SleepHours', '2011-07-01,70.5,46,62,7.5')
            $log = Join-Path $TestDrive 'daily-ok-log.csv'

            $first = Invoke-Example $csv $log $RunnerKey
            $second = Invoke-Example $csv $log $RunnerKey

            $first.ExitCode | Should -Be 0 -Because ($first.Output -join [Environment]::NewLine)
            $second.ExitCode | Should -Be 0 -Because ($second.Output -join [Environment]::NewLine)
            $logged = @(Import-Csv -LiteralPath $log)
            @($logged.Status) -join ',' | Should -Be 'Sent,Unchanged'
            (ServerDay 2011-07-01).Hrv | Should -Be 62
        }

        It 'exits 1 when a row is invalid, after sending the valid ones and logging both' {
            $csv = New-Csv 'daily-bad.csv' @('Date,Weight', '2011-07-02,70.5', '2011-07-03,700')
            $log = Join-Path $TestDrive 'daily-bad-log.csv'

            $run = Invoke-Example $csv $log $RunnerKey

            $run.ExitCode | Should -Be 1 -Because ($run.Output -join [Environment]::NewLine)
            @((Import-Csv -LiteralPath $log).Status) -join ',' | Should -Be 'Sent,Invalid'
            (ServerDay 2011-07-02).Weight | Should -Be 70.5
        }

        It 'exits 1 when no column names a wellness field, never reporting success' {
            $csv = New-Csv 'daily-typo.csv' @('Date,Wieght', '2011-07-05,70.5')
            $log = Join-Path $TestDrive 'daily-typo-log.csv'

            $run = Invoke-Example $csv $log $RunnerKey

            $run.ExitCode | Should -Be 1 -Because ($run.Output -join [Environment]::NewLine)
            ($run.Output -join "`n") | Should -Match 'Wieght'
            @((Import-Csv -LiteralPath $log).ErrorId) | Should -Be 'IcuWellnessNoField'
        }

        It 'prints no key prompt into the log of a -NonInteractive run that has a terminal (issue 10.10)' -Skip:(-not (Get-Command script -CommandType Application -ErrorAction Ignore) -or $IsWindows) {
            # `script` gives the child a terminal, as a cron job started from a login shell or a CI runner with a pty has.
            $csv = New-Csv 'daily-tty.csv' @('Date,Weight', '2011-07-06,70.5')
            $scriptFile = Join-Path $TestDrive 'run-example.ps1'
            Set-Content -LiteralPath $scriptFile -Value $RunExample -Encoding utf8
            $command = "'$(Get-IcuPwshPath)' -NoProfile -NonInteractive -File '$scriptFile' -ModulePath '$(Get-IcuTestModulePath)' -Example '$Example' -Csv '$csv' -Log '$(Join-Path $TestDrive 'tty-log.csv')' -BaseUri '$BaseUri'"
            $saved = $env:INTERVALS_ICU_API_KEY
            $env:INTERVALS_ICU_API_KEY = $null
            try {
                $output = (& script -qec $command /dev/null 2>&1) -join "`n"
                $exitCode = $LASTEXITCODE
            }
            finally {
                $env:INTERVALS_ICU_API_KEY = $saved
            }

            $exitCode | Should -Be 2 -Because $output
            $output | Should -Match 'IcuCredentialMissing'
            $output | Should -Not -Match 'API key \(Settings'
        }

        It 'exits 2 without a key, never prompting' {
            $csv = New-Csv 'daily-nokey.csv' @('Date,Weight', '2011-07-04,70.5')

            $run = Invoke-Example $csv (Join-Path $TestDrive 'nokey-log.csv') $null

            $run.ExitCode | Should -Be 2 -Because ($run.Output -join [Environment]::NewLine)
            ($run.Output -join "`n") | Should -Match 'IcuCredentialMissing'
        }
    }
}
