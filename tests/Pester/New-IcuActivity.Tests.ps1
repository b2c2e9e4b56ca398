#Requires -Version 7.4
# Pester 5: New-IcuActivity (manual activities) against the local emulator, as the demo athlete.

Describe 'New-IcuActivity' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey (Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001' -AsSecureString) -BaseUri $BaseUri
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'writes CSV rows in bulk and upserts them by ExternalId on a re-run' {
        $rows = @'
Date,Time,Type,Name,MovingTime,Distance,Rpe,ExternalId
2046-01-10,07:30,Swim,Pool,0:40:00,2000,5,log-2046-01-10
2046-01-11,,Run,Easy,2100,6000,,log-2046-01-11
'@ | ConvertFrom-Csv

        $first = $rows | New-IcuActivity
        $second = $rows | New-IcuActivity

        $first.Count | Should -Be 2
        $first[0] | Should -BeOfType ([IntervalsIcu.Core.Model.IcuActivity])
        $second.Id | Should -Be $first.Id
        $first[0].MovingTime | Should -Be 2400
        $first[0].IcuRpe | Should -Be 5
        $first[0].StartDateLocal | Should -Match '^2046-01-10T07:30'
    }

    It 'reports a row without Type as IcuManualActivityFailed and writes the others' {
        @(
            [pscustomobject]@{ Date = '2046-02-01'; Name = 'no type' }
            [pscustomobject]@{ Date = '2046-02-02'; Type = 'Walk'; Name = 'walk'; MovingTime = '30:00' }
        ) | New-IcuActivity -ErrorVariable failures -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Name | Should -Be 'walk'

        $failures[0].FullyQualifiedErrorId | Should -Be 'IcuManualActivityFailed,IntervalsIcu.PowerShell.Commands.NewIcuActivityCommand'
    }

    It '-WhatIf writes nothing' {
        New-IcuActivity -Date 2046-03-01 -Type Ride -Name 'what if' -WhatIf | Should -BeNullOrEmpty

        Get-IcuActivity -Oldest 2046-03-01 -Newest 2046-03-02 | Should -BeNullOrEmpty
    }
}
