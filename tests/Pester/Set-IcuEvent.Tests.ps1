#Requires -Version 7.4
# Pester 5: New-IcuEvent and Set-IcuEvent against the local emulator, as the coach i100002 writing to
# the coached runner i100003 (the issue's "Done when"), each test in its own year. The rules are proven
# by the xunit tests; these prove the binding, the streams and the output in a real pwsh.

Describe 'Set-IcuEvent and New-IcuEvent' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $CoachKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100002' -AsSecureString
        Connect-Icu -ApiKey $CoachKey -BaseUri $BaseUri

        function New-Csv([string] $Name, [string[]] $Lines) {
            $path = Join-Path $TestDrive $Name
            Set-Content -LiteralPath $path -Value $Lines -Encoding utf8
            $path
        }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'writes a coach''s CSV plan for an athlete twice: the calendar holds exactly the plan, the second run all Unchanged' {
        $csv = New-Csv 'plan.csv' @(
            'Date,Type,Name,Description,ExternalId,MovingTime'
            '2033-02-04,Ride,Endurance,- 90m 65%,plan-2033-02-04,'
            '2033-02-06,Ride,Threshold,- 20m 95%,plan-2033-02-06,1:00:00'
            '2033-02-08,Run,Easy run,- 40m Z2,plan-2033-02-08,')

        $first = Import-Csv -LiteralPath $csv | Set-IcuEvent -AthleteId i100003 -Prune -PassThru
        $second = Import-Csv -LiteralPath $csv | Set-IcuEvent -AthleteId i100003 -Prune -PassThru

        $first.Status | Should -Be @('Created', 'Created', 'Created')
        $second.Status | Should -Be @('Unchanged', 'Unchanged', 'Unchanged')
        $events = Get-IcuEvent -AthleteId i100003 -Oldest 2033-02-01 -Newest 2033-02-28
        $events.ExternalId | Should -Be @('plan-2033-02-04', 'plan-2033-02-06', 'plan-2033-02-08')
        ($events | Where-Object ExternalId -eq 'plan-2033-02-04').MovingTime | Should -Be 5400
        ($events | Where-Object ExternalId -eq 'plan-2033-02-06').MovingTime | Should -Be 3600
    }

    It 'prunes only the plan''s events that left the input, without a prompt' {
        $csv = New-Csv 'prune.csv' @('Date,Name,ExternalId', '2034-03-01,a,p34-1', '2034-03-02,b,p34-2', '2034-03-03,c,p34-3')
        Import-Csv -LiteralPath $csv | Set-IcuEvent -AthleteId i100003
        New-IcuEvent -AthleteId i100003 -Date 2034-03-02 -Category NOTE -Name 'made by hand'

        $results = Import-Csv -LiteralPath $csv | Where-Object ExternalId -ne 'p34-2' | Set-IcuEvent -AthleteId i100003 -Prune -PassThru

        ($results | Where-Object Status -eq 'Removed').ExternalId | Should -Be 'p34-2'
        (Get-IcuEvent -AthleteId i100003 -Oldest 2034-03-01 -Newest 2034-03-03).Name | Should -Be @('a', 'made by hand', 'c')
    }

    It '-WhatIf shows the field diff and writes nothing' {
        New-IcuEvent -AthleteId i100003 -Date 2035-01-05 -Name 'Before' -ExternalId 'w35-1'

        $result = Set-IcuEvent -AthleteId i100003 -Date 2035-01-05 -Name 'After' -ExternalId 'w35-1' -WhatIf -PassThru

        $result.Status | Should -Be 'Skipped'
        $result.Changes | Should -Be 'name "Before" -> "After"'
        (Get-IcuEvent -AthleteId i100003 -Oldest 2035-01-05 -Newest 2035-01-05).Name | Should -Be 'Before'
    }

    It 'reports an invalid row with its data as IcuEventInvalidRow, and still writes the valid rows' {
        $rows = @(
            [pscustomobject]@{ Date = '05/01/2036'; Name = 'bad'; ExternalId = 'v36-1' }
            [pscustomobject]@{ Date = '2036-01-06'; Name = 'good'; ExternalId = 'v36-2' }
        )

        $rows | New-IcuEvent -AthleteId i100003 -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'IcuEventInvalidRow,IntervalsIcu.PowerShell.Commands.NewIcuEventCommand'
        $failures[0].TargetObject.Name | Should -Be 'bad'
        (Get-IcuEvent -AthleteId i100003 -Oldest 2036-01-01 -Newest 2036-01-31).Name | Should -Be 'good'
    }

    It 'changes an event piped from Get-IcuEvent by Id, only the given field' {
        New-IcuEvent -AthleteId i100003 -Date 2037-04-01 -Name 'Old name' -Type Run -Description '- 30m 70%'

        Get-IcuEvent -AthleteId i100003 -Oldest 2037-04-01 -Newest 2037-04-01 | Set-IcuEvent -Name 'New name'

        $event = Get-IcuEvent -AthleteId i100003 -Oldest 2037-04-01 -Newest 2037-04-01
        $event.Name | Should -Be 'New name'
        $event.Description | Should -Be '- 30m 70%'
    }

    It 'sends a File column as the workout''s contents' {
        $zwo = Join-Path $TestDrive 'sst.zwo'
        Set-Content -LiteralPath $zwo -Value '<workout_file><workout><SteadyState Duration="1200" Power="0.9"/></workout></workout_file>'

        [pscustomobject]@{ Date = '2038-01-02'; Name = 'From file'; ExternalId = 'f38'; File = $zwo } | Set-IcuEvent -AthleteId i100003

        (Get-IcuEvent -AthleteId i100003 -Oldest 2038-01-02 -Newest 2038-01-02).MovingTime | Should -Be 1200
    }

    It 'refuses -Prune without a plan prefix, before anything is written' {
        { Set-IcuEvent -AthleteId i100003 -Date 2039-01-01 -Name x -Prune -ErrorAction Stop } |
            Should -Throw -ErrorId 'IcuEventPruneNeedsPlanIds,IntervalsIcu.PowerShell.Commands.SetIcuEventCommand'
    }

    It 'gives an athlete the coach does not coach Test-IcuAuth''s diagnosis' {
        New-IcuEvent -AthleteId i100001 -Date 2039-02-01 -Name ok | Should -BeNullOrEmpty
        New-IcuEvent -AthleteId 2049587 -Date 2039-02-01 -Name x -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -Be 'IcuAthleteNotCoached,IntervalsIcu.PowerShell.Commands.NewIcuEventCommand'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'must have you as coach'
    }

    Context 'examples/Sync-TrainingPlan.ps1' {
        BeforeAll {
            $Example = Join-Path (Get-IcuRepositoryRoot) 'examples' 'Sync-TrainingPlan.ps1'
            $CoachPlainKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100002'
            $RunExample = @'
param([string] $ModulePath, [string] $Example, [string] $Csv, [string] $Log, [string] $BaseUri, [string] $AthleteId)
Import-Module $ModulePath
& $Example -Path $Csv -LogPath $Log -BaseUri $BaseUri -AthleteId $AthleteId
exit $LASTEXITCODE
'@
            function Invoke-Example([string] $Csv, [string] $Log, [string] $Key, [string] $Athlete = 'i100003') {
                $env:INTERVALS_ICU_API_KEY = $Key
                try {
                    Invoke-IcuIsolatedPwsh -ScriptText $RunExample -ArgumentList '-ModulePath', (Get-IcuTestModulePath), '-Example', $Example, '-Csv', $Csv, '-Log', $Log, '-BaseUri', $BaseUri, '-AthleteId', $Athlete
                }
                finally {
                    $env:INTERVALS_ICU_API_KEY = $null
                }
            }
        }

        It 'exists and parses' {
            $tokens = $null
            $parseErrors = $null
            $null = [System.Management.Automation.Language.Parser]::ParseFile($Example, [ref] $tokens, [ref] $parseErrors)
            $parseErrors | Should -BeNullOrEmpty
        }

        It 'syncs, logs and exits 0 twice, the second run all Unchanged' {
            $csv = New-Csv 'sync.csv' @('Date,Type,Name,Description,ExternalId', '2048-01-01,Ride,A,- 60m 65%,sync48-a', '2048-01-02,Run,B,- 30m Z2,sync48-b')
            $log = Join-Path $TestDrive 'sync-log.csv'

            $first = Invoke-Example $csv $log $CoachPlainKey
            $second = Invoke-Example $csv $log $CoachPlainKey

            $first.ExitCode | Should -Be 0 -Because ($first.Output -join [Environment]::NewLine)
            $second.ExitCode | Should -Be 0 -Because ($second.Output -join [Environment]::NewLine)
            @((Import-Csv -LiteralPath $log).Status) -join ',' | Should -Be 'Created,Created,Unchanged,Unchanged'
        }

        It 'exits 1 for an invalid row after writing the others' {
            $csv = New-Csv 'sync-bad.csv' @('Date,Name,ExternalId', '2048-02-01,ok,sync48b-1', '2048-02-31,bad,sync48b-2')

            $run = Invoke-Example $csv (Join-Path $TestDrive 'sync-bad-log.csv') $CoachPlainKey

            $run.ExitCode | Should -Be 1 -Because ($run.Output -join [Environment]::NewLine)
            (Get-IcuEvent -AthleteId i100003 -Oldest 2048-02-01 -Newest 2048-02-01).Name | Should -Be 'ok'
        }

        It 'exits 2 for an athlete the coach does not coach, and without a key' {
            $csv = New-Csv 'sync-denied.csv' @('Date,Name,ExternalId', '2048-03-01,x,sync48c-1')

            $denied = Invoke-Example $csv (Join-Path $TestDrive 'denied-log.csv') $CoachPlainKey '2049587'
            $noKey = Invoke-Example $csv (Join-Path $TestDrive 'nokey-log.csv') $null

            $denied.ExitCode | Should -Be 2 -Because ($denied.Output -join [Environment]::NewLine)
            ($denied.Output -join "`n") | Should -Match 'not an athlete it coaches'
            $noKey.ExitCode | Should -Be 2 -Because ($noKey.Output -join [Environment]::NewLine)
        }
    }
}
