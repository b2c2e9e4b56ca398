#Requires -Version 7.4
# Pester 5: Set-IcuActivity against the local emulator (never intervals.icu), as the demo athlete Alex
# (i100001), whose activities this file's own emulator holds.

Describe 'Set-IcuActivity' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey (Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001' -AsSecureString) -BaseUri $Emulator.BaseUri
        $Suffix = ',IntervalsIcu.PowerShell.Commands.SetIcuActivityCommand'
        $Rides = @(Get-IcuActivity -Oldest '2000-01-01' -Limit 60 -Type Ride -WarningAction SilentlyContinue)
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'type names (issue 10.3)' {
        It 'refuses a mistyped -Type with the type meant and changes nothing' {
            $ride = $Rides[0]

            { Set-IcuActivity -Id $ride.Id -Type Rdie -ErrorAction Stop } | Should -Throw -ErrorId "IcuUnknownActivityType$Suffix" -ExpectedMessage '*Did you mean Ride?*'

            (Get-IcuActivity -Id $ride.Id).Type | Should -Be 'Ride'
        }

        It 'sends a type the module does not know only with -AllowUnknownType, and a known one in its canonical spelling' {
            $ride = $Rides[1]

            (Set-IcuActivity -Id $ride.Id -Type virtualride -PassThru).Type | Should -Be 'VirtualRide'
            (Set-IcuActivity -Id $ride.Id -Type Hoverboarding -AllowUnknownType -PassThru).Type | Should -Be 'Hoverboarding'
        }
    }

    Context 'pipeline input (issue 10.9)' {
        It 'takes ids piped as text' {
            $ids = $Rides[2..3].Id

            $updated = @($ids | Set-IcuActivity -Rpe 6 -PassThru)

            $updated.Id -join ',' | Should -Be ($ids -join ',')
            @($updated.IcuRpe | Select-Object -Unique) | Should -Be 6
        }

        It 'sends only what was edited on a piped activity, and -WhatIf shows the diff' {
            $ride = Get-IcuActivity -Id $Rides[4].Id
            $before = $ride.Name
            $ride.Name = 'Edited and piped back'
            $ride.Feel = 2

            $childScript = @'
param([string] $ModulePath, [string] $BaseUri, [string] $Id)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Connect-Icu -BaseUri $BaseUri | Out-Null
$edited = Get-IcuActivity -Id $Id
$edited.Name = 'Edited and piped back'
$edited.Feel = 2
$edited | Set-IcuActivity -WhatIf
'@
            $env:INTERVALS_ICU_API_KEY = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'
            try {
                $run = Invoke-IcuIsolatedPwsh -ScriptText $childScript -ArgumentList '-ModulePath', (Get-IcuTestModulePath), '-BaseUri', $Emulator.BaseUri, '-Id', $ride.Id
            }
            finally {
                $env:INTERVALS_ICU_API_KEY = $null
            }
            $whatIf = $run.Output -join "`n"
            $unchangedBeforeSend = (Get-IcuActivity -Id $ride.Id).Name
            $updated = $ride | Set-IcuActivity -PassThru

            $whatIf | Should -Match ([regex]::Escape("name `"$before`" -> `"Edited and piped back`""))
            $whatIf | Should -Match 'feel \S+ -> 2'
            $unchangedBeforeSend | Should -Be $before
            $updated.Name | Should -Be 'Edited and piped back'
            $updated.Feel | Should -Be 2
        }

        It 'sends nothing for an activity piped back unedited' {
            $ride = Get-IcuActivity -Id $Rides[5].Id

            $output = $ride | Set-IcuActivity -PassThru -Verbose 4>&1

            @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'PUT *' }) | Should -BeNullOrEmpty
            @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like '*nothing differs*' }) | Should -Not -BeNullOrEmpty
            @($output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Id | Should -Be $ride.Id
        }
    }
}
