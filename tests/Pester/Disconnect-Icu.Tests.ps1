#Requires -Version 7.4
# Pester 5: Disconnect-Icu against the local emulator (never intervals.icu).

Describe 'Disconnect-Icu' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    AfterEach {
        Disconnect-Icu
    }

    It 'forgets the default session; a cmdlet that needs one then fails with IcuNotConnected' {
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri

        Disconnect-Icu

        Get-IcuSession | Should -BeNullOrEmpty
        { Get-IcuAthlete } | Should -Throw -ErrorId 'IcuNotConnected,IntervalsIcu.PowerShell.Commands.GetIcuAthleteCommand'
    }

    It 'IcuNotConnected says how to connect' {
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        Disconnect-Icu

        $err = { Get-IcuAthlete } | Should -Throw -ErrorId 'IcuNotConnected,IntervalsIcu.PowerShell.Commands.GetIcuAthleteCommand' -PassThru

        $err.ErrorDetails.RecommendedAction | Should -Match 'Connect-Icu'
        "$($err.CategoryInfo.Category)" | Should -Be 'InvalidOperation'
    }

    It 'does nothing, without an error, when nothing is connected' {
        $output = Disconnect-Icu -Verbose 4>&1

        $messages = @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { $_.Message })
        ($messages -join "`n") | Should -Match 'No session'
        @($output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }) | Should -BeNullOrEmpty
    }

    It 'disconnects the session piped to it (Get-IcuSession | Disconnect-Icu)' {
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri

        Get-IcuSession | Disconnect-Icu

        Get-IcuSession | Should -BeNullOrEmpty
    }

    It 'disconnecting a -PassThru session that is not the default leaves the default alone' {
        $alex = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -PassThru
        $null = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru

        Disconnect-Icu -Session $alex

        (Get-IcuSession).AthleteId | Should -Be 'i100002'
    }

    It 'a closed session shows State Closed, and using it is IcuNotConnected with its fix, as -ErrorAction says' {
        $alex = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -PassThru

        Disconnect-Icu -Session $alex

        "$($alex.State)" | Should -Be 'Closed'
        $caught = $null
        try { Get-IcuAthlete -Session $alex -ErrorAction Stop } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'IcuNotConnected,IntervalsIcu.PowerShell.Commands.GetIcuAthleteCommand'
        $caught.ErrorDetails.RecommendedAction | Should -Match 'Connect-Icu'
        $caught.Exception | Should -Not -BeOfType [System.ObjectDisposedException]
        { Get-IcuWellness -Session $alex -ErrorAction Stop } | Should -Throw -ErrorId 'IcuNotConnected,IntervalsIcu.PowerShell.Commands.GetIcuWellnessCommand'
    }

    It 'after Disconnect-Icu, Test-IcuAuth with no key anywhere reports CredentialPresent: Fail, offline' {
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        Disconnect-Icu

        $checks = @(Test-IcuAuth)

        "$(($checks | Where-Object Name -EQ 'CredentialPresent').Result)" | Should -Be 'Fail'
        ($checks | Where-Object Name -EQ 'CredentialPresent').Fix | Should -Match 'INTERVALS_ICU_API_KEY'
        "$(($checks | Where-Object Name -EQ 'ServerReachable').Result)" | Should -Be 'Skip'
        Test-IcuAuth -Quiet | Should -BeFalse
    }
}
