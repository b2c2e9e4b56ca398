#Requires -Version 7.4
# Pester 5: Get-IcuFitness against the local emulator (never intervals.icu), whose fitness chart is
# computed from the demo activities' training loads.

Describe 'Get-IcuFitness' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $Coach = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        # Today on the athlete's wall clock (the emulator's data ends there).
        $Today = [System.TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetime]::UtcNow, (Get-IcuAthlete).Timezone).Date
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'writes one IcuFitnessDay per day of the last week, oldest first, with Form = Ctl - Atl' {
        $days = @(Get-IcuFitness)

        $days.Count | Should -Be 7
        $days[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuFitnessDay'
        $days.Date | Should -Be @(6..0 | ForEach-Object { $Today.AddDays(-$_) })
        foreach ($day in $days) {
            $day.Form | Should -Be ($day.Ctl - $day.Atl)
            $day.Ctl | Should -BeGreaterThan 0
            $day.AthleteId | Should -Be 'i100001'
        }
    }

    It 'gives the same numbers as the wellness records of those days' {
        $oldest = $Today.AddDays(-13)
        $fitness = @(Get-IcuFitness -Oldest $oldest -Newest $Today.AddDays(-10))
        $wellness = @(Get-IcuWellness -Oldest $oldest -Newest $Today.AddDays(-10))

        $fitness.Count | Should -Be 4
        $fitness.Ctl | Should -Be $wellness.Ctl
        $fitness.Atl | Should -Be $wellness.Atl
        $fitness.RampRate | Should -Be $wellness.RampRate
    }

    It 'exports one CSV row per day with ISO dates and numbers that read back on <Culture>' -ForEach @(@{ Culture = 'de-DE' }, @{ Culture = 'en-US' }) {
        $csv = Join-Path $TestDrive "fitness-$Culture.csv"
        $saved = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = $Culture
            $days = @(Get-IcuFitness -Oldest $Today.AddDays(-27))
            $days | Export-Csv -Path $csv -UseCulture
            $rows = @(Import-Csv -Path $csv -UseCulture)
        }
        finally {
            [cultureinfo]::CurrentCulture = $saved
        }

        $rows.Count | Should -Be 28
        (Get-Content -Path $csv -TotalCount 1) -replace '"' | Should -Be (@('Date', 'Ctl', 'Atl', 'Form', 'RampRate', 'AthleteId') -join ([cultureinfo]$Culture).TextInfo.ListSeparator)
        for ($i = 0; $i -lt $rows.Count; $i++) {
            $rows[$i].Date | Should -Be $days[$i].Date.ToString('yyyy-MM-dd')
            [double]::Parse($rows[$i].Form, [cultureinfo]$Culture) | Should -Be $days[$i].Form
        }
    }

    It 'shows a table with the date and the numbers rounded to one decimal' {
        $text = Get-IcuFitness -Newest $Today -Oldest $Today | Format-Table | Out-String -Width 120
        $day = Get-IcuFitness -Newest $Today -Oldest $Today

        $text | Should -Match 'Date\s+Fitness\s+Fatigue\s+Form\s+RampRate\s+AthleteId'
        $text | Should -Match ([regex]::Escape($Today.ToString('yyyy-MM-dd')))
        $text | Should -Match ([regex]::Escape([math]::Round($day.Ctl, 1).ToString()))
    }

    It 'reads a coached athlete''s chart with -AthleteId' {
        $days = @(Get-IcuFitness -AthleteId i100001 -Session $Coach)

        $days.Count | Should -Be 7
        $days.AthleteId | Sort-Object -Unique | Should -Be 'i100001'
    }

    It '-Summary gives a coach one IcuAthleteSummary per athlete, with the fitness of the range''s last day' {
        $summaries = @(Get-IcuFitness -Summary -Session $Coach)
        $alex = $summaries | Where-Object AthleteId -EQ 'i100001'
        $today = Get-IcuFitness -Oldest $Today -Newest $Today

        $summaries.AthleteId | Should -Be @('i100002', 'i100001', 'i100003')
        $summaries[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuAthleteSummary'
        $alex.Fitness | Should -Be $today.Ctl
        $alex.Form | Should -Be $today.Form
        $alex.Count | Should -BeGreaterThan 0
        $text = $summaries | Format-Table | Out-String -Width 120
        $text | Should -Match 'AthleteId\s+AthleteName\s+Fitness\s+Fatigue\s+Form'
        $text | Should -Match 'Alex Rider'
    }

    It '-Summary reads the range of -Oldest and -Newest: the fitness is that of -Newest' {
        $summary = Get-IcuFitness -Summary -Oldest $Today.AddDays(-2) -Newest $Today.AddDays(-2)

        $summary.AthleteId | Should -Be 'i100001'
        $summary.Date | Should -Be $Today.AddDays(-2).ToString('yyyy-MM-dd')
        $summary.Fitness | Should -Be (Get-IcuFitness -Oldest $Today.AddDays(-2) -Newest $Today.AddDays(-2)).Ctl
    }

    It 'stops with IcuWellnessInvalidDateRange when -Oldest is after -Newest' {
        { Get-IcuFitness -Oldest $Today -Newest $Today.AddDays(-1) } |
            Should -Throw -ErrorId 'IcuWellnessInvalidDateRange,IntervalsIcu.PowerShell.Commands.GetIcuFitnessCommand'
    }
}
