#Requires -Version 7.4
# Pester 5: Get-IcuCurve against the local emulator (never intervals.icu), whose curves are computed from
# the demo activities' streams: what only PowerShell shows (parameter sets, the pipeline from
# Get-IcuActivity, CSV columns, the table view, ErrorIds and which errors stop the command).

Describe 'Get-IcuCurve' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $Coach = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        $Today = [System.TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetime]::UtcNow, (Get-IcuAthlete).Timezone).Date
        $Suffix = ',IntervalsIcu.PowerShell.Commands.GetIcuCurveCommand'
        $Recent = @(Get-IcuActivity -Oldest $Today.AddDays(-40) -WarningAction SilentlyContinue)
        $Rides = @($Recent | Where-Object { $_.Type -eq 'Ride' -and $_.StreamTypes -contains 'watts' })
        $Swim = $Recent | Where-Object { $_.Type -eq 'Swim' -and $_.StreamTypes } | Select-Object -First 1
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'writes the last year''s power curve of rides by default, one IcuCurvePoint per duration' {
        $points = @(Get-IcuCurve)

        $points.Count | Should -BeGreaterThan 10
        $points[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuCurvePoint'
        $points.Type | ForEach-Object ToString | Sort-Object -Unique | Should -Be 'Power'
        $points.Curve | Sort-Object -Unique | Should -Be '1y'
        $points.Sport | Sort-Object -Unique | Should -Be 'Ride'
        $points.Seconds | Should -Be ($points.Seconds | Sort-Object)
    }

    It 'turns -Oldest and -Newest into the API''s range curve, -Newest defaulting to today' {
        $points = @(Get-IcuCurve -Type HeartRate -Oldest $Today.AddDays(-30))
        $ranged = @(Get-IcuCurve -Type HeartRate -Oldest $Today.AddDays(-60) -Newest $Today.AddDays(-31))

        $points.Curve | Sort-Object -Unique | Should -Be ('r.{0:yyyy-MM-dd}.{1:yyyy-MM-dd}' -f $Today.AddDays(-30), $Today)
        foreach ($point in $ranged) {
            [datetime]$point.Date | Should -BeGreaterOrEqual $Today.AddDays(-60)
            [datetime]$point.Date | Should -BeLessOrEqual $Today.AddDays(-31)
        }
    }

    It 'gives the rows of every -Type asked for, with one set of columns' {
        $points = @(Get-IcuCurve -Type Power, Pace, HeartRate -Curve '42d')

        $points.Type | ForEach-Object ToString | Sort-Object -Unique | Should -Be @('HeartRate', 'Pace', 'Power')
        ($points | Where-Object Type -EQ Pace).Unit | Sort-Object -Unique | Should -Be 's/km'
        ($points | Where-Object Type -EQ Pace).Sport | Sort-Object -Unique | Should -Be 'Run'
        @($points | ForEach-Object { $_.PSObject.Properties.Name -join ',' } | Sort-Object -Unique).Count | Should -Be 1
    }

    It 'refuses -Curve together with -Oldest: they are two ways to say the range' {
        { Get-IcuCurve -Curve 1y -Oldest $Today.AddDays(-7) } | Should -Throw -ErrorId 'AmbiguousParameterSet,IntervalsIcu.PowerShell.Commands.GetIcuCurveCommand'
    }

    It 'stops with IcuInvalidCurveRange before any request when -Oldest is after -Newest' {
        $script:sent = $null
        { $script:sent = Get-IcuCurve -Oldest $Today -Newest $Today.AddDays(-1) -Verbose 4>&1 } | Should -Throw -ErrorId ('IcuInvalidCurveRange' + $Suffix)
        @($sent | Where-Object { "$_" -match 'GET ' }) | Should -BeNullOrEmpty
    }

    It 'stops with IcuInvalidCurveId for an unquoted 42d, which PowerShell reads as the number 42' {
        { Get-IcuCurve -Curve 1y, 42d } | Should -Throw -ErrorId ('IcuInvalidCurveId' + $Suffix)
        @(Get-IcuCurve -Curve '1y', '42d').Curve | Sort-Object -Unique | Should -Be @('1y', '42d')
    }

    It 'reads the curves of activities piped from Get-IcuActivity, one curve per activity' {
        $points = @($Rides | Get-IcuCurve -Type Power)

        $Rides.Count | Should -BeGreaterThan 1
        $points.Curve | Sort-Object -Unique | Should -Be ($Rides.Id | Sort-Object -Unique)
        foreach ($point in $points) {
            $point.ActivityId | Should -Be $point.Curve
            $ride = $Rides | Where-Object Id -EQ $point.ActivityId
            $point.Date | Should -Be ([datetime]$ride.StartDateLocal).Date
        }
    }

    It 'takes activity ids as strings from the pipeline and by -ActivityId or its alias -Id' {
        $id = $Rides[0].Id

        @($id | Get-IcuCurve -Type HeartRate).ActivityId | Sort-Object -Unique | Should -Be $id
        @(Get-IcuCurve -ActivityId $id -Type HeartRate).Count | Should -BeGreaterThan 0
        @(Get-IcuCurve -Id $id -Type HeartRate).Count | Should -BeGreaterThan 0
    }

    It 'reports an unknown activity as IcuActivityNotFound and goes on with the next' {
        $points = @('i1', $Rides[0].Id | Get-IcuCurve -ErrorVariable failures -ErrorAction SilentlyContinue)

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be ('IcuActivityNotFound' + $Suffix)
        $failures[0].TargetObject | Should -Be 'i1'
        $points.ActivityId | Sort-Object -Unique | Should -Be $Rides[0].Id
    }

    It 'reports an activity without power as IcuCurveUnavailable, and still writes its heart rate curve' {
        $points = @($Swim | Get-IcuCurve -Type Power, HeartRate -ErrorVariable failures -ErrorAction SilentlyContinue)

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be ('IcuCurveUnavailable' + $Suffix)
        $failures[0].TargetObject | Should -Be $Swim.Id
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'StreamTypes'
        $points.Type | ForEach-Object ToString | Sort-Object -Unique | Should -Be 'HeartRate'
    }

    It 'exports one CSV row per point with ISO dates and the columns that chart in Excel' {
        $csv = Join-Path $TestDrive 'curve.csv'
        $points = @(Get-IcuCurve -Curve '1y', '42d')
        $points | Export-Csv -Path $csv
        $rows = @(Import-Csv -Path $csv)

        (Get-Content -Path $csv -TotalCount 1) -replace '"' | Should -Be 'Date,Type,Curve,Label,Sport,Seconds,Meters,Value,Unit,WattsPerKg,WattsPerKgActivityId,ActivityId,GradeAdjusted,AthleteId'
        $rows.Count | Should -Be $points.Count
        $rows.Curve | Sort-Object -Unique | Should -Be @('1y', '42d')
        $rows[0].Date | Should -Match '^\d{4}-\d{2}-\d{2}$'
        [double]$rows[0].Value | Should -Be $points[0].Value
        [double]$rows[0].WattsPerKg | Should -Be $points[0].WattsPerKg
    }

    It 'shows a table with pace as minutes:seconds per kilometre' {
        $point = Get-IcuCurve -Type Pace -Curve '1y' | Where-Object Meters -EQ 1000
        $text = $point | Format-Table | Out-String -Width 120

        $text | Should -Match 'Type\s+Curve\s+Seconds\s+Meters\s+Value\s+Unit\s+W/kg\s+ActivityId\s+Date'
        $text | Should -Match ([regex]::Escape([timespan]::FromSeconds([math]::Round($point.Value)).ToString('m\:ss')))
    }

    It 'asks for gradient adjusted pace with -GradeAdjusted' {
        $output = @(Get-IcuCurve -Type Pace -GradeAdjusted -Verbose 4>&1)
        $points = @($output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })

        @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and "$_" -match 'pace-curves\?.*gap=true' }) | Should -Not -BeNullOrEmpty
        $points.GradeAdjusted | Sort-Object -Unique | Should -Be $true
    }

    It 'reads a coached athlete''s curves with -AthleteId' {
        $points = @(Get-IcuCurve -AthleteId i100001 -Type HeartRate -Curve '42d' -Session $Coach)

        $points.Count | Should -BeGreaterThan 0
        $points.AthleteId | Sort-Object -Unique | Should -Be 'i100001'
    }

    It 'stops with the access diagnosis for an athlete you do not coach' {
        { Get-IcuCurve -AthleteId i999999 } | Should -Throw -ErrorId ('IcuAccessDenied' + $Suffix)
    }
}
