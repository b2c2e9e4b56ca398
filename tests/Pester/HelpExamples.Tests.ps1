#Requires -Version 7.4
# Pester 5: the help's examples are executable documentation. Every example of the cmdlet pages and the
# about topics runs here against the emulator's demo data, in a fresh runspace with the built module, and
# must do what its text says: no error, and the output its page shows (or, for examples that show none,
# some output, a file, or the effect named below). The few that need a person, a vault or the real service
# are listed in $NotRunnable with the reason; a test keeps that list honest.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $ExampleCases = @(Get-IcuHelpExample | ForEach-Object { @{ Key = $_.Key; Title = $_.Title; Example = $_ } })
}

Describe 'Help examples' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        $ModuleManifest = Get-IcuTestModulePath
        $SavedEnvironment = Save-IcuUserEnvironment
        # An emulator of its own: examples delete and change activities and wellness.
        $Emulator = Start-IcuEmulator -IgnoreEnvironment
        $BaseUri = $Emulator.BaseUri
        $AlexKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'
        $CoachKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100002'

        # Examples that cannot run unattended here, and why. Nothing else may be left out.
        $NotRunnable = @{
            'Connect-Icu #1'                        = 'reads the key at a Read-Host prompt: needs a person at the keyboard'
            'Connect-Icu #4'                        = 'stores the key in a SecretManagement vault (Set-Secret, Get-Secret), which is not installed here, after a Read-Host prompt'
            'Remove-IcuActivity #1'                 = 'asks for confirmation before deleting (ConfirmImpact High): needs a person to answer'
            'Test-IcuAuth #1'                       = 'reads the key at a Read-Host prompt: needs a person at the keyboard'
            'Test-IcuAuth #4'                       = 'asks for a PSCredential with Get-Credential: needs a person at the keyboard'
            'about_IntervalsIcu_Authentication #2'  = 'reads the key at a Read-Host prompt: needs a person at the keyboard'
            'about_IntervalsIcu #1'                 = 'reads the key at a Read-Host prompt: needs a person at the keyboard'
            'about_IntervalsIcu #2'                 = 'asks for a PSCredential with Get-Credential: needs a person at the keyboard'
            'about_IntervalsIcu #3'                 = 'reads the key from a SecretManagement vault (Get-Secret), which is not installed here'
            'about_IntervalsIcu_Authentication #4'  = 'reads an OAuth token from a SecretManagement vault (Get-Secret), which is not installed here'
            'about_IntervalsIcu_ScheduledUpload #5' = 'starts the emulator in the foreground, where it serves until stopped; the example script itself runs in Set-IcuWellness.Tests.ps1'
            'about_IntervalsIcu_Calendar #3'        = 'writes into the Zwift folder of the home directory; Save-IcuWorkoutFile #1 runs the same command into a test folder'
        }

        # Examples a coach runs (their text says so): the session is the coach's (i100002, who coaches i100001 and i100003).
        $AsCoach = @('Get-IcuEvent #2', 'about_IntervalsIcu_Calendar #1', 'Get-IcuFitness #4', 'Get-IcuFitness #5', 'Get-IcuSportSetting #3', 'Get-IcuWorkoutFolder #3', 'Get-IcuCurve #6')

        # What the reader has already done when they reach an example that builds on another one.
        $Arrange = @{
            'Remove-IcuEvent #2' = { New-IcuEvent -Date 2030-02-04 -Type Ride -Name Endurance -ExternalId plan-2030-02-04; New-IcuEvent -Date 2030-02-06 -Type Ride -Name VO2 -ExternalId plan-2030-02-06 }
            # The reader's own workout files and plan rows.
            'New-IcuWorkout #2'  = { Set-Content -LiteralPath 'Tempo 3x15.zwo' -Value '<workout_file><name>Tempo 3x15</name><sportType>bike</sportType><workout><Warmup Duration="600" PowerLow="0.5" PowerHigh="0.7"/><IntervalsT Repeat="3" OnDuration="900" OffDuration="300" OnPower="0.8" OffPower="0.55"/><Cooldown Duration="600" PowerLow="0.6" PowerHigh="0.4"/></workout></workout_file>' }
            'New-IcuWorkout #3'  = { foreach ($name in 'Zwift 30-30s', 'Zwift pyramid') { Set-Content -LiteralPath "$name.zwo" -Value '<workout_file><workout><SteadyState Duration="1200" Power="0.75"/></workout></workout_file>' } }
            'New-IcuWorkout #4'  = { Set-Content -LiteralPath 'plan-week5.csv' -Value @('Name,Type,Day,Description', 'Endurance W5,Ride,29,- 90m 65%', 'Tempo W5,Ride,31,- 15m 60% - 2x15m 80% - 10m 50%', 'Long ride W5,Ride,33,- 3h 65%') }
        }

        # Examples that show no output on their page and write nothing by design: what proves they worked.
        $Effects = @{
            'Disconnect-Icu #1'                     = { -not (Get-IcuSession) }
            'Set-IcuSportSetting #1'                = { (Get-IcuSportSetting -Type Ride).Ftp -ne 270 }
            # Silent when nothing fails, which is the case with the demo key.
            'Test-IcuAuth #3'                       = { Test-IcuAuth -Quiet }
            'about_IntervalsIcu_Authentication #1'  = { Test-IcuAuth -Quiet }
            'Set-IcuActivity #2'                    = { @(Get-IcuActivity -Oldest (Get-Date).AddDays(-7) -Type Ride | Where-Object { -not $_.Commute }).Count -eq 0 }
            'Set-IcuActivity #4'                    = { $null -eq (Get-IcuActivity -Id i40000002).Feel }
            'Set-IcuWellness #1'                    = { (Get-IcuWellness -Date $DemoToday).Weight -eq 71.2 }
            'Set-IcuWellness #2'                    = { (Get-IcuWellness -Date '2026-01-02').Weight -ne 77.7 }
            'Set-IcuWellness #4'                    = { $day = Get-IcuWellness; ($day | Where-Object Weight -EQ 70.4 | Where-Object Locked) -as [bool] }
            'Set-IcuWellness #5'                    = { $null -eq (Get-IcuWellness -Date '2026-11-20').Weight }
            'Remove-IcuActivity #2'                 = { @(Get-IcuActivity -Search 'test upload').Count -eq 0 }
            # -WhatIf writes its field diff to the host (Set-IcuWellness.Tests.ps1 reads it there); here: nothing was sent.
            'about_IntervalsIcu_ScheduledUpload #1' = { (Get-IcuWellness -Date $DemoToday).Weight -ne 71.2 }
            'about_IntervalsIcu_ScheduledUpload #3' = { (Get-IcuWellness -Date '2026-01-03').RestingHR -gt 0 }
            'about_IntervalsIcu_ScheduledUpload #4' = { (Get-IcuWellness -Date '2026-11-20').Weight -eq 70.4 }
            'about_IntervalsIcu #5'                 = { [bool](Get-IcuSession) }
            'about_IntervalsIcu_Authentication #5'  = { [bool](Get-IcuSession) }
            'New-IcuEvent #1'                       = { [bool](Get-IcuEvent -Oldest 2030-01-07 -Newest 2030-01-07 | Where-Object ExternalId -EQ 'plan-2030-w2-mon') }
            'Remove-IcuEvent #1'                    = { -not (Get-IcuEvent -Category NOTE) }
            'Remove-IcuEvent #2'                    = { -not (Get-IcuEvent -Oldest 2030-02-04 -Newest 2030-02-06) }
            # -WhatIf: the diff goes to the host (Set-IcuEvent.Tests.ps1 reads it); here: nothing was written.
            'Set-IcuEvent #2'                       = { (Get-IcuEvent -Oldest 2030-02-04 -Newest 2030-02-04 -Category WORKOUT).Name -eq 'Endurance' }
            'Complete-IcuEvent #2'                  = { [bool](Get-IcuEvent -Id 52000001) }
            # -WhatIf: the line goes to the host (Workouts.Tests.ps1 checks nothing is sent); here: nothing was created.
            'New-IcuWorkout #5'                     = { -not (Get-IcuWorkout -FolderId 2400001 | Where-Object Name -EQ 'Openers') }
            'about_IntervalsIcu_Calendar #2'        = { -not (Get-IcuEvent -Oldest (Get-Date).AddDays(7) -Newest (Get-Date).AddDays(14) | Where-Object ExternalId -Like 'plan-*') }
        }

        function New-ExampleWorkspace([string] $Key) {
            # The files the examples name, as the reader would have them.
            $workspace = Join-Path $TestDrive ($Key -replace '[^\w]+', '_')
            $null = New-Item -ItemType Directory -Path $workspace, (Join-Path $workspace 'rides') -Force
            $today = $DemoToday
            "Date,Weight,RestingHR,Hrv,SleepHours`n$today,71.2,46,64,7:30" | Set-Content -LiteralPath (Join-Path $workspace 'today.csv')
            "Date,Weight,RestingHR`n2026-01-01,70.9,47`n2026-01-02,77.7,48" | Set-Content -LiteralPath (Join-Path $workspace 'history.csv')
            "Date;Weight;RestingHR`n2026-01-03;71,5;45`n2026-11-20;;49" | Set-Content -LiteralPath (Join-Path $workspace 'old.csv')
            $monday = (Get-Date).Date.AddDays(7 - [int](Get-Date).DayOfWeek + 1)
            @(
                'Date,Category,Type,Name,Description,ExternalId'
                "$($monday.ToString('yyyy-MM-dd')),WORKOUT,Run,Easy run,- 40m Z2,plan-next-week-mon"
                "$($monday.AddDays(2).ToString('yyyy-MM-dd')),WORKOUT,Run,Tempo,- 15m Z2`n- 20m Z4`n- 10m Z1,plan-next-week-wed"
            ) | ForEach-Object { $_ -replace "`n", ' ' } | Set-Content -LiteralPath (Join-Path $workspace 'plan.csv')
            foreach ($name in 'rides/a.fit', 'rides/b.fit', '2024-05-01.fit') {
                $null = New-IcuTestFitFile (Join-Path $workspace $name)
            }

            $workspace
        }

        function Invoke-Example($Example, [string] $Workspace, [string] $ApiKey) {
            $state = [initialsessionstate]::CreateDefault2()
            $state.ImportPSModule($ModuleManifest)
            $runspace = [runspacefactory]::CreateRunspace($state)
            $runspace.Open()
            $shell = [powershell]::Create()
            $shell.Runspace = $runspace
            try {
                $runspace.SessionStateProxy.Path.SetLocation($Workspace)
                # What a reader has when they reach an example: a session (Connect-Icu with the key from the
                # environment, pointed at the emulator), and in the about topics a key in $key.
                $runspace.SessionStateProxy.SetVariable('key', (ConvertTo-SecureString $CoachKey -AsPlainText -Force))
                $runspace.SessionStateProxy.SetVariable('DemoToday', $DemoToday)
                $env:INTERVALS_ICU_API_KEY = $ApiKey
                $null = $shell.AddScript("`$PSDefaultParameterValues['Connect-Icu:BaseUri'] = '$BaseUri'; Connect-Icu").Invoke()
                $shell.Commands.Clear()
                if ($Arrange.ContainsKey($Example.Key)) {
                    $null = $shell.AddScript($Arrange[$Example.Key].ToString()).Invoke()
                    $shell.Commands.Clear()
                }

                $code = $Example.Code.Replace('http://localhost:8044', $BaseUri)
                $output = $null
                $terminating = $null
                try {
                    $output = @($shell.AddScript($code).Invoke())
                }
                catch {
                    $terminating = $_.Exception
                }

                $errors = @($shell.Streams.Error)
                $shell.Commands.Clear()
                $text = ($shell.AddCommand('Out-String').AddParameter('Width', 120).Invoke($output) -join '') | Remove-IcuAnsi
                $effect = $true
                if ($Effects.ContainsKey($Example.Key)) {
                    $shell.Commands.Clear()
                    $effect = [bool]($shell.AddScript($Effects[$Example.Key].ToString()).Invoke() | Select-Object -Last 1)
                }

                [pscustomobject]@{
                    Output      = $output
                    Text        = $text
                    Errors      = $errors
                    Terminating = $terminating
                    ExitCode    = $runspace.SessionStateProxy.GetVariable('LASTEXITCODE')
                    Effect      = $effect
                    Files       = @(Get-ChildItem -LiteralPath $Workspace -File -Recurse | Where-Object { $_.Extension -notin '.fit' -and $_.Name -notin 'today.csv', 'history.csv', 'old.csv' })
                }
            }
            finally {
                $shell.Dispose()
                $runspace.Dispose()
            }
        }

        # Today in the athlete's time zone (the date of the demo data's newest wellness day).
        $env:INTERVALS_ICU_API_KEY = $AlexKey
        Import-Module $ModuleManifest -Force
        Connect-Icu -BaseUri $BaseUri
        $newestDay = Get-IcuWellness | Sort-Object Id | Select-Object -Last 1
        $DemoToday = Get-Date $newestDay.Id -Format 'yyyy-MM-dd'
        Disconnect-Icu
    }

    AfterAll {
        Stop-IcuEmulator -Emulator $Emulator
        Restore-IcuUserEnvironment -Saved $SavedEnvironment
    }

    It 'lists as not runnable only examples that exist' {
        $keys = @(Get-IcuHelpExample | ForEach-Object Key)
        foreach ($key in @($NotRunnable.Keys) + @($Effects.Keys) + @($Arrange.Keys) + $AsCoach) {
            $keys | Should -Contain $key
        }
    }

    It '<Key>: <Title>' -ForEach $ExampleCases {
        if ($NotRunnable.ContainsKey($Key)) {
            # Still parsed, so a typo in it fails here rather than in a reader's console.
            { [scriptblock]::Create($Example.Code) } | Should -Not -Throw
            return
        }

        try {
            $run = Invoke-Example -Example $Example -Workspace (New-ExampleWorkspace $Key) -ApiKey ($Key -in $AsCoach ? $CoachKey : $AlexKey)
        }
        finally {
            $env:INTERVALS_ICU_API_KEY = $null
        }

        $run.Terminating | Should -BeNullOrEmpty
        @($run.Errors | ForEach-Object { "$_" }) | Should -BeNullOrEmpty
        $run.ExitCode | Should -BeIn @($null, 0)
        $run.Effect | Should -BeTrue -Because "the effect listed in `$Effects for $Key must hold"

        if ($Example.Output) {
            # The page's sample output: its header and the first column of every row must be in what ran.
            foreach ($line in $Example.Output -split "`n") {
                $token = ($line.Trim() -split '\s+')[0]
                if ($token -and $token -notmatch '^-+$') {
                    $run.Text | Should -Match ([regex]::Escape($token.Replace('http://localhost:8044', $BaseUri)))
                }
            }
        }
        elseif (-not $Effects.ContainsKey($Key)) {
            ($run.Output.Count + $run.Files.Count) | Should -BeGreaterThan 0 -Because 'an example that shows no output must write something, or a file'
            foreach ($file in $run.Files) {
                $file.Length | Should -BeGreaterThan 0
            }
        }
    }
}
