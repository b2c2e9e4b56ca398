#Requires -Version 7.4
# Pester 5: -Property on Get-IcuActivity, Get-IcuWellness and Get-IcuEvent against the local emulator (never
# intervals.icu): the objects, CSV columns and tables carry exactly the chosen properties plus the identity ones.
# The demo athlete Alex (i100001) has three years of activities, a custom activity field SWOLF, 28 wellness days
# with a custom field BodyBattery, and a calendar around today.

Describe '-Property' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        $Today = [datetime](Get-IcuSession).Today().ToString('yyyy-MM-dd', [cultureinfo]::InvariantCulture)
        $Oldest = $Today.AddDays(-60)

        function HeaderOf([string] $Path) { (Get-Content -LiteralPath $Path -TotalCount 1) -replace '"', '' }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'Get-IcuActivity' {
        It 'Export-Csv writes exactly the identity and the chosen columns, in the order given, with the same values' {
            $csv = Join-Path $TestDrive 'selected.csv'

            Get-IcuActivity -Oldest $Oldest -Property Name, icu_training_load, IcuAverageWatts, SWOLF -WarningAction SilentlyContinue | Export-Csv -LiteralPath $csv

            HeaderOf $csv | Should -Be 'Id,StartDateLocal,Type,Name,IcuTrainingLoad,IcuAverageWatts,SWOLF'
            $rows = @(Import-Csv -LiteralPath $csv)
            $full = @(Get-IcuActivity -Oldest $Oldest -WarningAction SilentlyContinue)
            $rows.Count | Should -Be $full.Count
            $rows[0].StartDateLocal | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$'
            foreach ($index in 0..($rows.Count - 1)) {
                $rows[$index].Id | Should -Be $full[$index].Id
                $rows[$index].IcuTrainingLoad | Should -Be "$($full[$index].IcuTrainingLoad)"
                $rows[$index].SWOLF | Should -Be "$($full[$index].SWOLF)"
            }
        }

        It 'writes dates as ISO text whatever the culture' {
            $saved = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'de-DE'
                $line = @(Get-IcuActivity -Oldest $Oldest -Property StartDate -Limit 1 | ConvertTo-Csv)[1]
            }
            finally {
                [cultureinfo]::CurrentCulture = $saved
            }

            $line | Should -Match '^"i\d+","\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d","\w+","\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00"$'
        }

        It 'keeps each date a real date' {
            $activity = Get-IcuActivity -Oldest $Oldest -Property Name -Limit 1

            $activity.StartDateLocal -is [datetime] | Should -BeTrue
            $activity.PSObject.TypeNames[0] | Should -Be 'Selected.IntervalsIcu.Core.Model.IcuActivity'
        }

        It 'fills a computed zone column from the array it asks the server for' {
            $rides = @(Get-IcuActivity -Oldest $Oldest -Type Ride -Property IcuZoneTimeZ2Secs -WarningAction SilentlyContinue)
            $full = @(Get-IcuActivity -Oldest $Oldest -Type Ride -WarningAction SilentlyContinue)

            $rides.Count | Should -BeGreaterThan 0
            @($rides.IcuZoneTimeZ2Secs) -join ',' | Should -Be (@($full.IcuZoneTimeZ2Secs) -join ',')
            @($rides.IcuZoneTimeZ2Secs | Where-Object { $_ -gt 0 }).Count | Should -BeGreaterThan 0
        }

        It 'expands wildcards against the properties' {
            $activity = Get-IcuActivity -Oldest $Oldest -Property IcuHrZoneTimeZ*Secs -Limit 1

            $activity.PSObject.Properties.Name -join ',' | Should -Be ((@('Id', 'StartDateLocal', 'Type') + (1..7 | ForEach-Object { "IcuHrZoneTimeZ${_}Secs" })) -join ',')
        }

        It 'Format-Table shows the chosen columns' {
            $table = Get-IcuActivity -Oldest $Oldest -Property Name, IcuTrainingLoad -Limit 3 | Format-Table | Out-String

            $table | Should -Match 'Id\s+StartDateLocal\s+Type\s+Name\s+IcuTrainingLoad'
        }

        It 'with -Raw writes the server''s JSON of those fields only' {
            $raw = @(Get-IcuActivity -Oldest $Oldest -Property Name, IcuTrainingLoad -Raw -WarningAction SilentlyContinue)

            $raw.Count | Should -BeGreaterThan 0
            foreach ($text in $raw) {
                $names = @(($text | ConvertFrom-Json -AsHashtable).Keys)
                $names | Where-Object { $_ -notin 'id', 'start_date_local', 'type', 'name', 'icu_training_load', 'source' } | Should -BeNullOrEmpty
            }
        }

        It 'refuses an unknown name before any request, naming the close match' {
            function VerboseOf([string[]] $Property) {
                $lines = [System.Collections.Generic.List[string]]::new()
                try { Get-IcuActivity -Oldest $Oldest -Property $Property -Limit 1 -Verbose 4>&1 | ForEach-Object { $lines.Add("$_") } } catch { $lines.Add("failed: $($_.FullyQualifiedErrorId)") }
                $lines
            }

            # The same command with a known name does send its GET: the check below can see one.
            @(VerboseOf Name | Where-Object { $_ -like 'GET *' }).Count | Should -BeGreaterThan 0
            $lines = @(VerboseOf Name, IcuTrainingLaod)
            $lines | Where-Object { $_ -like 'GET *' } | Should -BeNullOrEmpty
            $lines | Should -Contain 'failed: IcuUnknownProperty,IntervalsIcu.PowerShell.Commands.GetIcuActivityCommand'

            $failure = { Get-IcuActivity -Oldest $Oldest -Property Name, IcuTrainingLaod } | Should -Throw -ErrorId 'IcuUnknownProperty,IntervalsIcu.PowerShell.Commands.GetIcuActivityCommand' -PassThru
            $failure.Exception.Message | Should -BeLike "*'IcuTrainingLaod' (did you mean IcuTrainingLoad?)*"
            $failure.ErrorDetails.RecommendedAction | Should -BeLike '*Get-Member*'
        }
    }

    Context 'Get-IcuWellness' {
        It 'Export-Csv writes the date and the chosen columns, custom fields and API names included' {
            $csv = Join-Path $TestDrive 'wellness.csv'

            Get-IcuWellness -Property restingHR, Weight, BodyBattery, SportInfoText | Export-Csv -LiteralPath $csv

            HeaderOf $csv | Should -Be 'Id,RestingHR,Weight,BodyBattery,SportInfoText'
            $rows = @(Import-Csv -LiteralPath $csv)
            $full = @(Get-IcuWellness)
            $rows.Count | Should -Be 7
            $rows.Id -join ',' | Should -Be (@($full | ForEach-Object { $_.Id.ToString('yyyy-MM-dd') }) -join ',')
            $rows.BodyBattery -join ',' | Should -Be ($full.BodyBattery -join ',')
            $rows[0].SportInfoText | Should -Be $full[0].SportInfoText
        }

        It 'reads the dates of -Date with the chosen properties' {
            $day = Get-IcuWellness -Date $Today -Property Hrv

            $day.PSObject.Properties.Name -join ',' | Should -Be 'Id,Hrv'
            $day.Hrv | Should -Be (Get-IcuWellness -Date $Today).Hrv
        }

        It 'with -Raw writes the server''s JSON of those fields only' {
            $raw = @(Get-IcuWellness -Property RestingHR -Raw)

            $raw.Count | Should -Be 7
            @(($raw[0] | ConvertFrom-Json -AsHashtable).Keys | Sort-Object) -join ',' | Should -Be 'id,restingHR'
        }

        It 'refuses a typo rather than take it for a custom field' {
            { Get-IcuWellness -Property Wieght } | Should -Throw -ErrorId 'IcuUnknownProperty,IntervalsIcu.PowerShell.Commands.GetIcuWellnessCommand'
        }
    }

    Context 'Get-IcuEvent' {
        It 'Export-Csv writes Id, StartDateLocal, Category and the chosen columns' {
            $csv = Join-Path $TestDrive 'events.csv'

            Get-IcuEvent -Oldest $Today.AddDays(-7) -Newest $Today.AddDays(14) -Property Name, icu_training_load | Export-Csv -LiteralPath $csv

            HeaderOf $csv | Should -Be 'Id,StartDateLocal,Category,Name,IcuTrainingLoad'
            $rows = @(Import-Csv -LiteralPath $csv)
            $full = @(Get-IcuEvent -Oldest $Today.AddDays(-7) -Newest $Today.AddDays(14))
            $rows.Count | Should -Be $full.Count
            $rows.Name -join '|' | Should -Be ($full.Name -join '|')
        }
    }

    Context 'tab completion' {
        It 'completes -Property of <Command> with the PowerShell property names' -ForEach @(
            @{ Command = 'Get-IcuActivity'; Typed = 'IcuTrainingL'; Expected = 'IcuTrainingLoad' }
            @{ Command = 'Get-IcuWellness'; Typed = 'Resting'; Expected = 'RestingHR' }
            @{ Command = 'Get-IcuEvent'; Typed = 'WorkoutD'; Expected = 'WorkoutDoc' }
        ) {
            $line = "$Command -Property $Typed"
            $completions = TabExpansion2 -inputScript $line -cursorColumn $line.Length

            $completions.CompletionMatches.CompletionText | Should -Contain $Expected
        }
    }
}
