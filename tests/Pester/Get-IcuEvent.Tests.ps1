#Requires -Version 7.4
# Pester 5: Get-IcuEvent, Remove-IcuEvent, Save-IcuWorkoutFile and Complete-IcuEvent against the local
# emulator, as the demo athlete, each test in its own year.

Describe 'Get-IcuEvent, Remove-IcuEvent, Save-IcuWorkoutFile, Complete-IcuEvent' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey (Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001' -AsSecureString) -BaseUri $BaseUri
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'reads a range and a category, as IcuEvent objects' {
        New-IcuEvent -Date 2040-01-01 -Name w -Description '- 10m 50%'
        New-IcuEvent -Date 2040-01-02 -Name n -Category note

        $all = Get-IcuEvent -Oldest 2040-01-01 -Newest 2040-01-02
        $notes = Get-IcuEvent -Oldest 2040-01-01 -Newest 2040-01-02 -Category NOTE

        $all.Count | Should -Be 2
        $all[0] | Should -BeOfType ([IntervalsIcu.Core.Model.IcuEvent])
        $notes.Name | Should -Be 'n'
        (Get-IcuEvent -Id $all[0].Id).Name | Should -Be 'w'
        $table = $all | Format-Table | Out-String -Width 120 | Remove-IcuAnsi
        $table | Should -Match 'Id\s+Date\s+Category\s+Type\s+Time\s+Load\s+Name'
        $table | Should -Match '2040-01-01 00:00 WORKOUT\s+0:10:00'
    }

    It 'defaults to today and the next 6 days in the athlete''s time zone' {
        $today = [TimeZoneInfo]::ConvertTime([DateTimeOffset]::UtcNow, [TimeZoneInfo]::FindSystemTimeZoneById('Europe/Berlin')).ToString('yyyy-MM-dd')
        New-IcuEvent -Date $today -Category NOTE -Name 'today note' -ExternalId 'today-note'

        (Get-IcuEvent -Category NOTE).Name | Should -Contain 'today note'
    }

    It 'removes piped events after -Confirm:$false and says how many' {
        1..3 | ForEach-Object { New-IcuEvent -Date "2041-01-0$_" -Name "r$_" -Category NOTE }

        $said = Get-IcuEvent -Oldest 2041-01-01 -Newest 2041-01-03 | Remove-IcuEvent -Confirm:$false 6>&1 | Out-String

        $said | Should -Match 'Removed 3 event'
        Get-IcuEvent -Oldest 2041-01-01 -Newest 2041-01-03 | Should -BeNullOrEmpty
    }

    It 'removes by range and category, and by ExternalId' {
        New-IcuEvent -Date 2042-01-01 -Name keep -Category WORKOUT
        New-IcuEvent -Date 2042-01-02 -Name gone -Category NOTE
        New-IcuEvent -Date 2042-01-03 -Name byid -ExternalId 'x42'

        Remove-IcuEvent -Oldest 2042-01-01 -Newest 2042-01-02 -Category NOTE -Confirm:$false
        Remove-IcuEvent -ExternalId x42 -Confirm:$false

        (Get-IcuEvent -Oldest 2042-01-01 -Newest 2042-01-03).Name | Should -Be 'keep'
    }

    It 'is ConfirmImpact High: -WhatIf removes nothing' {
        New-IcuEvent -Date 2043-01-01 -Name stays -Category NOTE

        Get-IcuEvent -Oldest 2043-01-01 -Newest 2043-01-01 | Remove-IcuEvent -WhatIf

        (Get-IcuEvent -Oldest 2043-01-01 -Newest 2043-01-01).Name | Should -Be 'stays'
    }

    It 'saves planned workouts as files named by date and name, and never overwrites without -Force' {
        New-IcuEvent -Date 2044-01-01 -Name 'VO2: 5x3?' -Type Ride -Description "- 10m 60%`n5x`n- 3m 115%`n- 3m 50%"
        New-IcuEvent -Date 2044-01-02 -Name 'no steps' -Category NOTE
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'zwift')

        $saved = Get-IcuEvent -Oldest 2044-01-01 -Newest 2044-01-01 | Save-IcuWorkoutFile -Path $folder -Format Fit
        $again = Save-IcuWorkoutFile -Oldest 2044-01-01 -Newest 2044-01-02 -Path $folder -Format Fit -ErrorVariable failures -ErrorAction SilentlyContinue

        $saved.Name | Should -Be '2044-01-01 VO2_ 5x3_.fit'
        [IO.File]::ReadAllBytes($saved.FullName)[8..11] | Should -Be ([byte[]][char[]]'.FIT')
        $again | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -Match '^IcuActivityFileExists'
        (Save-IcuWorkoutFile -Oldest 2044-01-01 -Newest 2044-01-01 -Path $folder -Format Fit -Force).Name | Should -Be '2044-01-01 VO2_ 5x3_.fit'
        (Save-IcuWorkoutFile -Oldest 2044-01-01 -Newest 2044-01-01 -Path $folder).Extension | Should -Be '.zwo'
    }

    It 'marks a planned workout done, writing the manual activity paired with it' {
        New-IcuEvent -Date 2045-01-01 -Name 'Done me' -Type Ride -Description '- 45m 70%'
        $event = Get-IcuEvent -Oldest 2045-01-01 -Newest 2045-01-01

        $activity = $event | Complete-IcuEvent

        $activity | Should -BeOfType ([IntervalsIcu.Core.Model.IcuActivity])
        $activity.PairedEventId | Should -Be $event.Id
        $activity.MovingTime | Should -Be 2700
    }
}
