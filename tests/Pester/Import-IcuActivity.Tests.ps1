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

        It 'a file name with a quote (legal on Linux and macOS) is uploaded, and the files after it too' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'quoted')
            New-IcuTestFitFile (Join-Path $folder 'a"quote.fit') | Out-Null
            New-IcuTestFitFile (Join-Path $folder 'b.fit') | Out-Null

            $results = @(Get-ChildItem -LiteralPath $folder -File | Import-IcuActivity -ErrorVariable failures)

            $failures | Should -BeNullOrEmpty
            $results.Status | Should -Be @('Created', 'Created')
        }

        It 'a folder as -Path is a clear error that names the way to upload its files' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'a-folder')

            $null = Import-IcuActivity -Path $folder.FullName -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuActivityPathIsFolder,IntervalsIcu.PowerShell.Commands.ImportIcuActivityCommand'
            $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Get-ChildItem'
        }

        It 're-importing a deleted activity''s file says it is a tombstone, and -RemoveTombstone uploads it again' {
            $file = New-IcuTestFitFile (Join-Path $TestDrive 'deleted.fit')
            $first = Import-IcuActivity -LiteralPath $file.FullName
            Remove-IcuActivity -Id $first.Id -Confirm:$false

            $blocked = Import-IcuActivity -LiteralPath $file.FullName -WarningVariable warnings -WarningAction SilentlyContinue
            $again = Import-IcuActivity -LiteralPath $file.FullName -RemoveTombstone -Confirm:$false

            $blocked.Status | Should -Be 'Duplicate'
            $blocked.Tombstone | Should -BeTrue
            ($warnings -join ' ') | Should -Match 'tombstone'
            ($warnings -join ' ') | Should -Match '-RemoveTombstone'
            $again.Status | Should -Be 'Created'
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

        It 'outputs the file as Get-Item does: provider properties, Mode and Length, a Directory header' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'listing')
            $file = Save-IcuActivityFile -Id $Ride.Id -Path $folder -Format Fit

            $file.PSPath | Should -Be (Get-Item -LiteralPath $file.FullName).PSPath
            $file.PSParentPath | Should -Not -BeNullOrEmpty
            $table = $file | Format-Table | Out-String -Width 200
            $table | Should -Match 'Directory:'
            $table | Should -Match ([regex]::Escape($file.Length.ToString()))
        }

        It '-Path with a file name says clearly that it wants a folder' {
            $null = Save-IcuActivityFile -Id $Ride.Id -Path (Join-Path $TestDrive 'ride.fit') -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuActivitySavePathIsFile,IntervalsIcu.PowerShell.Commands.SaveIcuActivityFileCommand'
            $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Rename-Item'
            Test-Path -LiteralPath (Join-Path $TestDrive 'ride.fit') | Should -BeFalse
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
