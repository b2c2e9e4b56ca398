#Requires -Version 7.4
# Pester 5: Get-IcuSession against the local emulator (never intervals.icu).

Describe 'Get-IcuSession' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $AlexKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    AfterEach {
        Disconnect-Icu
        Remove-Item -Path 'Env:INTERVALS_ICU_API_KEY' -ErrorAction SilentlyContinue
    }

    It 'returns nothing when not connected, and says so in the verbose stream' {
        $output = @(Get-IcuSession -Verbose 4>&1)

        @($output | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }) | Should -BeNullOrEmpty
        (@($output | ForEach-Object { "$_" }) -join "`n") | Should -Match 'Not connected'
    }

    It 'returns the default session: the object Connect-Icu -PassThru returned' {
        $connected = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -PassThru

        $session = @(Get-IcuSession)

        $session.Count | Should -Be 1
        $session[0].GetType().FullName | Should -Be 'IntervalsIcu.Core.Sessions.IcuSession'
        [object]::ReferenceEquals($session[0].PSObject.BaseObject, $connected.PSObject.BaseObject) | Should -BeTrue
        $session[0].AthleteId | Should -Be 'i100001'
        $session[0].AthleteName | Should -Be 'Alex Rider'
        $session[0].BaseUri.GetLeftPart([System.UriPartial]::Authority) | Should -Be $BaseUri
    }

    It 'never exposes the key: <Name>' -ForEach @(
        @{ Name = 'ConvertTo-Json -Depth 5'; Render = { param($s) $s | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue } }
        @{ Name = 'Format-List *'; Render = { param($s) $s | Format-List -Property * | Out-String -Width 4096 } }
        @{ Name = 'Format-Table'; Render = { param($s) $s | Format-Table | Out-String -Width 4096 } }
        @{ Name = 'ConvertTo-Csv'; Render = { param($s) $s | ConvertTo-Csv | Out-String } }
        @{ Name = 'ToString()'; Render = { param($s) $s.ToString() } }
    ) {
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
        $session = Get-IcuSession

        $text = [string](& $Render $session)

        $text.Contains($AlexKey) | Should -BeFalse -Because "the key must not appear in what $Name shows"
        $text | Should -Not -BeNullOrEmpty
    }

    It 'never exposes a key that came from INTERVALS_ICU_API_KEY either (ConvertTo-Json -Depth 5)' {
        $env:INTERVALS_ICU_API_KEY = $AlexKey
        Connect-Icu -BaseUri $BaseUri

        $json = Get-IcuSession | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue

        $json.Contains($AlexKey) | Should -BeFalse
        $json | Should -Match ([regex]::Escape((Get-IcuSession).KeyFingerprint)) -Because 'the serialization went deep enough to show the fingerprint'
    }

    It 'Format-List * and Export-Csv show only what a user needs, no client or settings internals' {
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri

        $list = Get-IcuSession | Format-List -Property * | Out-String -Width 200 | Remove-IcuAnsi
        $header = (Get-IcuSession | ConvertTo-Csv)[0]

        $expected = 'AthleteId', 'AthleteName', 'KeyAthleteId', 'TimeZone', 'AuthScheme', 'CredentialSource', 'BaseUri', 'KeyFingerprint', 'Scopes', 'Validated', 'ConnectedAt', 'State'
        (Get-IcuSession).PSObject.Properties.Name | Sort-Object | Should -Be ($expected | Sort-Object)
        $header | Should -Not -Match 'Client|Settings|Today'
        $list | Should -Not -Match 'IcuApiClient|IcuConnectionSettings'
        $list | Should -Match 'State\s+: Open'
    }

    It 'shows a table of AthleteId, AthleteName, AuthScheme, BaseUri, KeyFingerprint and Validated' {
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri

        $table = Get-IcuSession | Format-Table | Out-String -Width 120 | Remove-IcuAnsi

        $table | Should -Match 'AthleteId\s+AthleteName\s+AuthScheme\s+BaseUri\s+KeyFingerprint\s+Validated'
        $table | Should -Match 'i100001\s+Alex Rider\s+ApiKey'
    }
}
