#Requires -Version 7.4
# Pester 5: Import-IcuActivity, Save-IcuActivityFile, Set-IcuActivity and Remove-IcuActivity against
# the local emulator (never intervals.icu).

Describe 'Activity files and changes' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey (Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001' -AsSecureString) -BaseUri $Emulator.BaseUri

    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'Import-IcuActivity' {
        It 'uploads files piped from Get-ChildItem: Created, then Duplicate' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'upload')
            New-IcuTestFitFile (Join-Path $folder 'a.fit') | Out-Null
            New-IcuTestFitFile (Join-Path $folder 'b.fit') | Out-Null

            $first = @(Get-ChildItem -Path $folder -Filter *.fit | Import-IcuActivity -Name 'Imported')
            $again = @(Get-ChildItem -Path $folder -Filter *.fit | Import-IcuActivity)

            $first.Status | Should -Be @('Created', 'Created')
            $again.Status | Should -Be @('Duplicate', 'Duplicate')
            $again.Id | Should -Be $first.Id
        }

        It 'a failing file is a non-terminating error and the others go on' {
            $good = New-IcuTestFitFile (Join-Path $TestDrive 'good.fit')
            Set-Content -Path (Join-Path $TestDrive 'notes.txt') -Value 'not an activity'

            $results = @(Import-IcuActivity -Path (Join-Path $TestDrive 'notes.txt'), $good.FullName -ErrorVariable failures -ErrorAction SilentlyContinue)

            $results.Status | Should -Be 'Created'
            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuUnsupportedActivityFile,IntervalsIcu.PowerShell.Commands.ImportIcuActivityCommand'
        }

        It '-WhatIf uploads nothing' {
            $file = New-IcuTestFitFile (Join-Path $TestDrive 'whatif.fit')

            @(Import-IcuActivity -LiteralPath $file.FullName -WhatIf).Count | Should -Be 0
            (Import-IcuActivity -LiteralPath $file.FullName).Status | Should -Be 'Created'
        }
    }

    Context 'Save-IcuActivityFile' {
        BeforeAll {
            $Ride = Get-IcuActivity -Oldest '2000-01-01' -Limit 40 -Type Ride | Select-Object -First 1
        }

        It 'saves the original decompressed, named after the id, and outputs the FileInfo' {
            $file = $Ride | Save-IcuActivityFile -Path $TestDrive

            $file | Should -BeOfType [IO.FileInfo]
            $file.Name | Should -BeLike "$($Ride.Id)_*.fit"
            [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($file.FullName), 8, 4) | Should -Be '.FIT'
        }

        It '-Compressed keeps the .gz; an existing file needs -Force' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'gz')
            $file = Save-IcuActivityFile -Id $Ride.Id -Path $folder -Compressed

            $file.Name | Should -BeLike '*.fit.gz'
            { Save-IcuActivityFile -Id $Ride.Id -Path $folder -Compressed -ErrorAction Stop } | Should -Throw -ErrorId 'IcuActivityFileExists,IntervalsIcu.PowerShell.Commands.SaveIcuActivityFileCommand'
            (Save-IcuActivityFile -Id $Ride.Id -Path $folder -Compressed -Force).FullName | Should -Be $file.FullName
        }
    }

    Context 'Set-IcuActivity and Remove-IcuActivity' {
        BeforeAll {
            $Target = (Import-IcuActivity -LiteralPath (New-IcuTestFitFile (Join-Path $TestDrive 'set.fit')).FullName).Id
        }

        It 'changes only the given fields and -PassThru writes the activity' {
            $updated = Set-IcuActivity -Id $Target -Name 'Hill repeats' -Feel 2 -Trainer -PassThru

            $updated.Name | Should -Be 'Hill repeats'
            $updated.Feel | Should -Be 2
            $updated.Trainer | Should -BeTrue
        }

        It '-Clear empties a number (sent as -1) and -WhatIf changes nothing' {
            Set-IcuActivity -Id $Target -Name 'Not this' -WhatIf
            $cleared = Set-IcuActivity -Id $Target -Clear Feel -PassThru

            $cleared.Name | Should -Be 'Hill repeats'
            $cleared.Feel | Should -BeNullOrEmpty
        }

        It 'without a field to change is a terminating IcuNoActivityChange' {
            { Set-IcuActivity -Id $Target -ErrorAction Stop } | Should -Throw -ErrorId 'IcuNoActivityChange,IntervalsIcu.PowerShell.Commands.SetIcuActivityCommand'
        }

        It 'Remove-IcuActivity is ConfirmImpact High and deletes with -Confirm:$false' {
            (Get-Command Remove-IcuActivity).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'

            Remove-IcuActivity -Id $Target -Confirm:$false

            { Get-IcuActivity -Id $Target -ErrorAction Stop } | Should -Throw -ErrorId 'IcuActivityNotFound,IntervalsIcu.PowerShell.Commands.GetIcuActivityCommand'
        }
    }
}
