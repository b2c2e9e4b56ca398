#Requires -Version 7.4
# Pester 5: -AthleteId on the cmdlets that read or write one athlete's data, as the coach i100002 who
# coaches i100001 and i100003 but not 2049587.

Describe '-AthleteId for coaches' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Connect-Icu -ApiKey (Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100002' -AsSecureString) -BaseUri $BaseUri
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'reads a coached athlete''s activities through the coach''s session' {
        $activities = Get-IcuActivity -AthleteId i100001 -Oldest (Get-Date).AddDays(-60)

        $activities | Should -Not -BeNullOrEmpty
        $activities.IcuAthleteId | Select-Object -Unique | Should -Be 'i100001'
    }

    It 'writes and reads a coached athlete''s wellness' {
        Set-IcuWellness -AthleteId i100003 -Date 2012-05-01 -RestingHR 41

        (Get-IcuWellness -AthleteId i100003 -Date 2012-05-01).RestingHR | Should -Be 41
        Get-IcuWellness -Date 2012-05-01 | Should -BeNullOrEmpty
    }

    It 'reads a coached athlete''s calendar' {
        New-IcuEvent -AthleteId i100003 -Date 2047-01-01 -Name 'for the runner' -Category NOTE

        (Get-IcuEvent -AthleteId i100003 -Oldest 2047-01-01 -Newest 2047-01-01).Name | Should -Be 'for the runner'
        Get-IcuEvent -Oldest 2047-01-01 -Newest 2047-01-01 | Should -BeNullOrEmpty
    }

    It 'stops with Test-IcuAuth''s diagnosis for an athlete the coach does not coach' {
        { Get-IcuActivity -AthleteId 2049587 -Oldest 2000-01-01 -ErrorAction Stop } | Should -Throw -ExpectedMessage '*not an athlete it coaches*'
        { Get-IcuEvent -AthleteId 2049587 -ErrorAction Stop } | Should -Throw -ExpectedMessage '*not an athlete it coaches*'
    }
}
