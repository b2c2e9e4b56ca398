#Requires -Version 7.4
# Pester 5: the workout library (Get-IcuWorkoutFolder, Get-IcuWorkout, New-IcuWorkout) against the local
# emulator's demo library: Alex (i100001) has the folders 'Sweet spot' (2400001) and 'Run sessions' and
# the plan 'Base build 4 weeks'. The rules are proven by the xunit tests; these prove binding, the
# pipeline from folders to workouts, -WhatIf, errors and the table views in a real pwsh.

Describe 'The workout library' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $Coach = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        $ZwoText = '<workout_file><name>x</name><workout><SteadyState Duration="1200" Power="0.88"/></workout></workout_file>'

        function New-TestFolder([string] $Name) {
            (Invoke-IcuRequest -Operation createFolder -Body @{ type = 'FOLDER'; name = $Name }).id
        }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'Get-IcuWorkoutFolder' {
        It 'lists folders and plans as IcuFolder, each with its workouts' {
            $folders = @(Get-IcuWorkoutFolder)

            $folders[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuFolder'
            $folders.Name | Should -Contain 'Sweet spot'
            $sweetSpot = $folders | Where-Object Name -EQ 'Sweet spot'
            $sweetSpot.Children.Name | Should -Be @('Sweet spot 3x10', 'Sweet spot 2x20', 'Over-unders 4x8')
            $sweetSpot.FolderId | Should -Be $sweetSpot.Id
        }

        It 'picks by name with wildcards and by -Type Folder or Plan' {
            @(Get-IcuWorkoutFolder '*sessions').Name | Should -Be @('Run sessions')
            @(Get-IcuWorkoutFolder -Type Plan).Name | Should -Be @('Base build 4 weeks')
            @(Get-IcuWorkoutFolder -Type folder).Type | Sort-Object -Unique | Should -Be 'FOLDER'
        }

        It 'reports a name without wildcards that matches nothing as IcuWorkoutFolderNotFound, and lists the others' {
            $found = @(Get-IcuWorkoutFolder 'Sweet spot', 'Crit prep' -ErrorVariable failures -ErrorAction SilentlyContinue)

            $found.Name | Should -Be @('Sweet spot')
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuWorkoutFolderNotFound,IntervalsIcu.PowerShell.Commands.GetIcuWorkoutFolderCommand'
            $failures[0].TargetObject | Should -Be 'Crit prep'
            $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Get-IcuWorkoutFolder'
        }

        It 'reads a coached athlete''s library, and the coached athlete''s folder pipes their AthleteId on' {
            $folder = Get-IcuWorkoutFolder -AthleteId i100003 -Session $Coach 'Track sessions'
            $workouts = @($folder | Get-IcuWorkout -Session $Coach)

            $folder.AthleteId | Should -Be 'i100003'
            $workouts.Name | Should -Be @('Intervals 6x800m', 'Threshold 3x10')
            $workouts.AthleteId | Sort-Object -Unique | Should -Be 'i100003'
        }

        It 'shows workouts, weeks and sports in its table view' {
            $text = Get-IcuWorkoutFolder | Format-Table | Out-String -Width 140

            $text | Should -Match 'Workouts'
            $text | Should -Match 'Base build 4 weeks\s+PLAN\s+12\s+4\s+\d{4}-\d{2}-\d{2}\s+Ride'
        }
    }

    Context 'Get-IcuWorkout' {
        It 'takes folders from the pipeline by FolderId and lists only their workouts' {
            $workouts = @(Get-IcuWorkoutFolder 'Sweet spot', 'Run sessions' | Get-IcuWorkout)

            $workouts.Count | Should -Be 5
            $workouts[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuWorkout'
            $workouts.FolderId | Sort-Object -Unique | Should -HaveCount 2
            ($workouts | Where-Object Name -EQ 'Sweet spot 3x10').MovingTime | Should -Be 3900
        }

        It 'picks by name with wildcards across the library, and reads by -Id' {
            $tempo = @(Get-IcuWorkout 'Tempo*')
            $one = Get-IcuWorkout -Id $tempo[0].Id

            $tempo.Name | Should -Contain 'Tempo run'
            $tempo.Name | Should -Contain 'Tempo W1'
            $one.Name | Should -Be $tempo[0].Name
        }

        It 'reports an id the library does not hold as IcuWorkoutNotFound and reads the other ids' {
            $first = (Get-IcuWorkout | Select-Object -First 1).Id
            $found = @(Get-IcuWorkout -Id 123, $first -ErrorVariable failures -ErrorAction SilentlyContinue)

            $found.Id | Should -Be @($first)
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuWorkoutNotFound,IntervalsIcu.PowerShell.Commands.GetIcuWorkoutCommand'
            $failures[0].TargetObject | Should -Be 123
        }

        It 'reports a name that matches nothing in the folder as IcuWorkoutNotFound naming the folder' {
            $null = Get-IcuWorkout -FolderId 2400001 -Name 'Easy run' -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'IcuWorkoutNotFound,*'
            $failures[0].Exception.Message | Should -Match 'folder 2400001'
        }

        It 'shows time, load and the workout text on one line in its table view' {
            $text = Get-IcuWorkout -FolderId 2400001 | Format-Table | Out-String -Width 200

            $text | Should -Match 'Sweet spot 3x10\s+Ride\s+1:05\s+\d+\s+- 10m 60% \| 3x \| - 10m 90%'
        }
    }

    Context 'New-IcuWorkout' {
        It 'binds its parameters: the workout text by -Workout, the folder by -FolderId, and writes the workout created' {
            $folder = New-TestFolder 'Binding'

            $workout = New-IcuWorkout 'Over-unders' -FolderId $folder -Type Ride -Workout "- 10m 60%`n`n3x`n- 4m 95%`n- 2m 105%`n`n- 10m 50%" -Indoor true -Tags vo2, winter

            $workout.GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuWorkout'
            $workout.FolderId | Should -Be $folder
            $workout.MovingTime | Should -Be 2280
            $workout.Indoor | Should -BeTrue
            $workout.Tags | Should -Be @('vo2', 'winter')
        }

        It 'creates the workout in a piped folder, with the name and text given, not the folder''s' {
            $folder = New-TestFolder 'Piped folder'

            $workout = Get-IcuWorkoutFolder 'Piped folder' | New-IcuWorkout -Name 'Openers' -Description '- 20m 65%'

            $workout.Name | Should -Be 'Openers'
            $workout.Description | Should -Be '- 20m 65%'
            $workout.FolderId | Should -Be $folder
            $workout.Type | Should -BeNullOrEmpty
        }

        It 'takes files from Get-ChildItem, named after the file without its extension' {
            $folder = New-TestFolder 'Files'
            Set-Content -LiteralPath (Join-Path $TestDrive 'Sweet spot 20.zwo') -Value $ZwoText
            Set-Content -LiteralPath (Join-Path $TestDrive 'Tempo 20.zwo') -Value $ZwoText

            $workouts = @(Get-ChildItem -LiteralPath $TestDrive -Filter *.zwo | New-IcuWorkout -FolderId $folder -Type VirtualRide)

            $workouts.Name | Sort-Object | Should -Be @('Sweet spot 20', 'Tempo 20')
            $workouts.MovingTime | Should -Be @(1200, 1200)
            @(Get-IcuWorkout -FolderId $folder).Count | Should -Be 2
        }

        It '-WhatIf sends nothing and creates nothing' {
            $folder = New-TestFolder 'What if'

            $output = @(New-IcuWorkout -Name 'Not yet' -FolderId $folder -Description '- 30m 70%' -WhatIf -Verbose 4>&1)

            @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '^POST ' }) | Should -BeNullOrEmpty
            @($output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }) | Should -BeNullOrEmpty
            @(Get-IcuWorkout -FolderId $folder) | Should -BeNullOrEmpty
        }

        It 'names a file that is not a workout file in the error, and sends nothing for it' {
            $folder = New-TestFolder 'Bad file'
            $notes = Join-Path $TestDrive 'notes.txt'
            Set-Content -LiteralPath $notes -Value 'ride hard'

            New-IcuWorkout -Path $notes -FolderId $folder -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuWorkoutInvalidRow,IntervalsIcu.PowerShell.Commands.NewIcuWorkoutCommand'
            $failures[0].Exception.Message | Should -Match ([regex]::Escape($notes))
            $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'creates a CSV''s rows in bulk; a row the server refuses is reported with its data and the rest are created' {
            $folder = New-TestFolder 'Bulk'
            Set-Content -LiteralPath (Join-Path $TestDrive 'broken.zwo') -Value 'not xml'
            $csv = Join-Path $TestDrive 'week.csv'
            Set-Content -LiteralPath $csv -Encoding utf8 -Value @(
                'Name,Type,Description,Path,FolderId,Day'
                "Endurance,Ride,- 90m 65%,,$folder,1"
                "Broken,Ride,,$(Join-Path $TestDrive 'broken.zwo'),$folder,2"
                "Tempo,Ride,- 45m 80%,,$folder,3"
                "Long ride,Ride,- 3h 65%,,$folder,5")

            $created = @(Import-Csv -LiteralPath $csv | New-IcuWorkout -ErrorVariable failures -ErrorAction SilentlyContinue)

            $created.Name | Should -Be @('Endurance', 'Tempo', 'Long ride')
            $created.Day | Should -Be @(1, 3, 5)
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'IcuWorkoutCreateFailed,IntervalsIcu.PowerShell.Commands.NewIcuWorkoutCommand'
            $failures[0].TargetObject.Name | Should -Be 'Broken'
            $failures[0].Exception.Message | Should -Match 'broken\.zwo'
            (Get-IcuWorkout -FolderId $folder).Name | Should -Be @('Endurance', 'Tempo', 'Long ride')
        }

        It 'reports a row without a folder as IcuWorkoutInvalidRow, saying how to give one' {
            New-IcuWorkout -Name 'Nowhere' -Description '- 10m 50%' -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'IcuWorkoutInvalidRow,*'
            $failures[0].Exception.Message | Should -Match 'Get-IcuWorkoutFolder'
        }
    }
}
