#Requires -Version 7.4
# Pester 5: Get-IcuGear against the local emulator (never intervals.icu).

Describe 'Get-IcuGear' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $Suffix = ',IntervalsIcu.PowerShell.Commands.GetIcuGearCommand'
        $Coach = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'lists every item as IcuGear, with distance in metres and reminders' {
        $gear = @(Get-IcuGear)

        $gear.Count | Should -Be 4
        $gear[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuGear'
        $gear.Name | Should -Contain 'Road bike'
        ($gear | Where-Object Type -EQ 'Bike' | Select-Object -First 1).Distance | Should -BeGreaterThan 1000
        $reminder = @($gear.Reminders)
        $reminder.Count | Should -Be 1
        $reminder[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Model.IcuGearReminder'
        $reminder[0].PercentUsed | Should -BeGreaterThan 0
    }

    It 'picks by name with wildcards and by type' {
        @(Get-IcuGear 'Road*').Name | Should -Be @('Road bike', 'Road bike chain')
        @(Get-IcuGear -Type Shoes).Name | Should -Be @('Running shoes')
        @(Get-IcuGear -Type Bike -Name '*bike').Count | Should -Be 2
    }

    It 'reports a name without wildcards that matches nothing as IcuGearNotFound, and lists the others' {
        $found = @(Get-IcuGear -Name 'Running shoes', 'Gravel bike' -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.Name | Should -Be @('Running shoes')
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be ('IcuGearNotFound' + $Suffix)
        $failures[0].TargetObject | Should -Be 'Gravel bike'
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'reads a coached athlete''s gear from a piped AthleteId' {
        $gear = @([pscustomobject]@{ AthleteId = 'i100003' } | Get-IcuGear -Session $Coach)

        $gear.Count | Should -BeGreaterThan 0
        $gear.AthleteId | Sort-Object -Unique | Should -Be 'i100003'
    }

    It 'reports an athlete that is not yours as IcuAccessDenied without a gear error' {
        $output = Get-IcuGear -AthleteId i999999 -Name 'Road bike' -ErrorVariable failures -ErrorAction SilentlyContinue

        $output | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be ('IcuAccessDenied' + $Suffix)
    }

    It 'shows kilometres and the reminders in its table view' {
        $text = Get-IcuGear | Format-Table | Out-String -Width 120

        $text | Should -Match 'Km'
        $text | Should -Match 'Replace chain \d+(\.\d)?%'
    }
}
