#Requires -Version 7.4
# Pester 5: Connect-Icu against the local emulator (never intervals.icu).

Describe 'Connect-Icu' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')

        $AlexKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'
        $Suffix = ',IntervalsIcu.PowerShell.Commands.ConnectIcuCommand'

        # The fingerprint of the clean key: a cleaned key must end up as exactly this one.
        $AlexFingerprint = (Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -SkipValidation -PassThru).KeyFingerprint
        Disconnect-Icu
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    AfterEach {
        Disconnect-Icu
        Remove-Item -Path 'Env:INTERVALS_ICU_API_KEY', 'Env:INTERVALS_ICU_ATHLETE_ID' -ErrorAction SilentlyContinue
    }

    Context 'the ways to give the key' {
        It 'connects with -ApiKey, makes the default session and writes nothing without -PassThru' {
            $output = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri

            $output | Should -BeNullOrEmpty
            $session = Get-IcuSession
            $session.AthleteId | Should -Be 'i100001'
            $session.AthleteName | Should -Be 'Alex Rider'
            $session.TimeZone | Should -Be 'Europe/Berlin'
            $session.Validated | Should -BeTrue
            "$($session.AuthScheme)" | Should -Be 'ApiKey'
            "$($session.CredentialSource)" | Should -Be 'ApiKey'
            $session.KeyFingerprint | Should -Match '^[0-9a-f]{8}$'
            $session.KeyFingerprint | Should -Be $AlexFingerprint
        }

        It '-PassThru returns the session it made the default' {
            $session = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -PassThru

            @($session).Count | Should -Be 1
            $session.GetType().FullName | Should -Be 'IntervalsIcu.Core.Sessions.IcuSession'
            $session.AthleteId | Should -Be 'i100001'
            [object]::ReferenceEquals((Get-IcuSession).PSObject.BaseObject, $session.PSObject.BaseObject) | Should -BeTrue
        }

        It 'connects with -Credential whose user name is API_KEY, without a warning' {
            $credential = [pscredential]::new('API_KEY', $AlexSecureKey)
            $warnings = $null

            Connect-Icu -Credential $credential -BaseUri $BaseUri -WarningVariable warnings -WarningAction SilentlyContinue

            $warnings | Should -BeNullOrEmpty
            (Get-IcuSession).AthleteId | Should -Be 'i100001'
            "$((Get-IcuSession).CredentialSource)" | Should -Be 'Credential'
        }

        It 'connects with a swapped -Credential (the key as user name, API_KEY as password) and warns' {
            $swapped = [pscredential]::new($AlexKey, (ConvertTo-SecureString -String 'API_KEY' -AsPlainText -Force))
            $warnings = $null

            Connect-Icu -Credential $swapped -BaseUri $BaseUri -WarningVariable warnings -WarningAction SilentlyContinue

            $warningText = @($warnings | ForEach-Object { $_.Message }) -join "`n"
            $warningText | Should -Match 'swapped'
            $warningText.Contains($AlexKey) | Should -BeFalse -Because 'a warning must never show the key'
            (Get-IcuSession).AthleteId | Should -Be 'i100001'
            (Get-IcuSession).KeyFingerprint | Should -Be $AlexFingerprint
        }

        It 'cleans a key with <Name>, says what it fixed, and shows the key in no stream' -ForEach @(
            @{ Name = 'spaces around it'; Template = '  {0}  '; Expected = @('spaces') }
            @{ Name = 'quotes around it'; Template = '"{0}"'; Expected = @('quotes') }
            @{ Name = 'a trailing newline'; Template = "{0}`n"; Expected = @('line break') }
            @{ Name = 'a space, quotes and CRLF'; Template = " '{0}'`r`n"; Expected = @('spaces', 'quotes', 'line break') }
        ) {
            $raw = $Template -f $AlexKey
            $secure = ConvertTo-SecureString -String $raw -AsPlainText -Force
            $warnings = $null
            $DebugPreference = 'Continue'
            try {
                $streams = @(Connect-Icu -ApiKey $secure -BaseUri $BaseUri -PassThru -Verbose -WarningVariable warnings -WarningAction SilentlyContinue 4>&1 5>&1)
            }
            finally {
                $DebugPreference = 'SilentlyContinue'
            }

            $warningText = @($warnings | ForEach-Object { $_.Message }) -join "`n"
            foreach ($fix in $Expected) {
                $warningText | Should -Match $fix
            }

            @($streams | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count |
                Should -BeGreaterThan 0 -Because 'the verbose stream was captured and must be checked too'
            $everything = @($streams) + @($warnings) | ForEach-Object { "$_" }
            ($everything -join "`n").Contains($AlexKey) | Should -BeFalse -Because 'the key must never reach a warning, verbose or debug message'

            $session = $streams | Where-Object { $_ -isnot [System.Management.Automation.InformationalRecord] }
            $session.Validated | Should -BeTrue
            $session.KeyFingerprint | Should -Be $AlexFingerprint -Because 'the cleaned key is the key itself'
        }

        It 'reads INTERVALS_ICU_API_KEY when no credential is given' {
            $env:INTERVALS_ICU_API_KEY = $AlexKey

            $session = Connect-Icu -BaseUri $BaseUri -PassThru

            $session.AthleteId | Should -Be 'i100001'
            "$($session.CredentialSource)" | Should -Be 'EnvironmentVariable'
        }

        It 'reads INTERVALS_ICU_ATHLETE_ID when -AthleteId is not given' {
            $env:INTERVALS_ICU_API_KEY = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100002'
            $env:INTERVALS_ICU_ATHLETE_ID = 'i100001'

            $session = Connect-Icu -BaseUri $BaseUri -PassThru

            $session.AthleteId | Should -Be 'i100001'
            $session.AthleteName | Should -Be 'Alex Rider'
        }

        It 'fails with IcuCredentialMissing when nothing is given and nobody can be asked (pwsh -NonInteractive)' {
            $childScript = @'
param([string] $ModulePath, [string] $BaseUri)
Remove-Item -Path 'Env:INTERVALS_ICU_API_KEY', 'Env:INTERVALS_ICU_ATHLETE_ID' -ErrorAction SilentlyContinue
Import-Module $ModulePath -ErrorAction Stop
try {
    Connect-Icu -BaseUri $BaseUri
    'RESULT:connected'
}
catch {
    'RESULT:' + $_.FullyQualifiedErrorId
}
'@
            $run = Invoke-IcuIsolatedPwsh -ScriptText $childScript -ArgumentList '-ModulePath', (Get-IcuTestModulePath), '-BaseUri', $BaseUri

            $result = @($run.Output | Where-Object { $_ -like 'RESULT:*' })
            $result | Should -Be "RESULT:IcuCredentialMissing$Suffix" -Because ($run.Output -join [Environment]::NewLine)
        }
    }

    Context 'athletes' {
        It 'connects a coach to a coached athlete with -AthleteId' {
            $session = Connect-Icu -ApiKey $CoachSecureKey -AthleteId 'i100001' -BaseUri $BaseUri -PassThru

            $session.AthleteId | Should -Be 'i100001'
            $session.AthleteName | Should -Be 'Alex Rider'
        }

        It 'connects an athlete whose id is all digits (2049587)' {
            $digitsKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId '2049587' -AsSecureString

            $session = Connect-Icu -ApiKey $digitsKey -AthleteId '2049587' -BaseUri $BaseUri -PassThru

            $session.AthleteId | Should -Be '2049587'
            $session.Validated | Should -BeTrue
        }

        It 'refuses another athlete''s id with IcuAccessDenied naming the key''s own athlete' {
            $err = { Connect-Icu -ApiKey $AlexSecureKey -AthleteId 'i100002' -BaseUri $BaseUri } |
                Should -Throw -ErrorId "IcuAccessDenied$Suffix" -PassThru

            $err.Exception.Message | Should -Match 'i100001'
            $err.Exception.Message.Contains($AlexKey) | Should -BeFalse
            $err.ErrorDetails.RecommendedAction | Should -Match 'i100001'
            "$($err.CategoryInfo.Category)" | Should -Be 'PermissionDenied'
            Get-IcuSession | Should -BeNullOrEmpty -Because 'a refused connection must not become the default'
        }

        It 'refuses a malformed athlete id with IcuInvalidAthleteId' {
            { Connect-Icu -ApiKey $AlexSecureKey -AthleteId 'athlete-1' -BaseUri $BaseUri } |
                Should -Throw -ErrorId "IcuInvalidAthleteId$Suffix"
        }
    }

    Context 'refusals' {
        It 'refuses -BaseUri http://example.com with IcuInsecureBaseUri (the key would travel in clear)' {
            $err = { Connect-Icu -ApiKey $AlexSecureKey -BaseUri 'http://example.com' } |
                Should -Throw -ErrorId "IcuInsecureBaseUri$Suffix" -PassThru

            $err.ErrorDetails.RecommendedAction | Should -Match 'https'
        }

        It 'a mistyped -BaseUri holding the key (<Typed>) is refused without echoing it anywhere' -ForEach @(
            @{ Typed = 'htps://API_KEY:{0}@intervals.icu' }
            @{ Typed = 'https//API_KEY:{0}@intervals.icu' }
            @{ Typed = 'https:/API_KEY:{0}@intervals.icu' }
            @{ Typed = 'ftp://API_KEY:{0}@intervals.icu' }
            @{ Typed = 'https://API_KEY:{0}@intervals.icu:99999' }
        ) {
            $typed = $Typed -f $AlexKey

            $err = { Connect-Icu -ApiKey $AlexSecureKey -BaseUri $typed } | Should -Throw -ErrorId "IcuInvalidBaseUri$Suffix" -PassThru

            # What the binder and the module report; the invocation line is the user's own text and not checked.
            $reported = @($err.Exception.ToString(), $err.ErrorDetails.Message, $err.ErrorDetails.RecommendedAction, "$($err.TargetObject)", $err.CategoryInfo.ToString())
            ($reported -join "`n").Contains($AlexKey) | Should -BeFalse
        }

        It 'warns, naming its ASCII form, when the host is not intervals.icu (<Name>)' -ForEach @(
            @{ Name = 'a Cyrillic i'; Typed = "https://$([char]0x0456)ntervals.icu"; Shown = 'xn--ntervals-' }
            @{ Name = 'a capital I for l'; Typed = 'https://intervaIs.icu'; Shown = 'intervais.icu' }
            @{ Name = 'any other host'; Typed = 'https://proxy.example.com'; Shown = 'proxy.example.com' }
        ) {
            $warnings = $null

            $null = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $Typed -SkipValidation -WarningVariable warnings -WarningAction SilentlyContinue

            $text = @($warnings | ForEach-Object { $_.Message }) -join "`n"
            $text | Should -Match ([regex]::Escape($Shown))
            $text | Should -Match 'not intervals.icu'
        }

        It 'does not warn about the host for loopback (the emulator)' {
            $warnings = $null

            Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -WarningVariable warnings -WarningAction SilentlyContinue

            $warnings | Should -BeNullOrEmpty
        }

        It 'keeps -TimeoutSec and -IdleTimeoutSec in the session' {
            $session = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -TimeoutSec 300 -IdleTimeoutSec 7 -PassThru

            $session.State | Should -Be 'Open'
            (Get-IcuAthlete -Session $session).Id | Should -Be 'i100001'
            { Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -TimeoutSec 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,IntervalsIcu.PowerShell.Commands.ConnectIcuCommand'
        }

        It 'the help shows a way to give the key that keeps it out of the history, never a key typed into $env:' {
            $authentication = Get-Help about_IntervalsIcu_Authentication | Out-String
            $examples = Get-Command -Module IntervalsIcu | ForEach-Object { Get-Help $_.Name -Examples | Out-String }

            $authentication | Should -Match ([regex]::Escape("Read-Host 'API key' -MaskInput"))
            $authentication | Should -Match 'history'
            $typed = [regex]::Matches(($examples -join "`n"), '\$env:INTERVALS_ICU_API_KEY\s*=\s*[''"](?<value>[^''"]*)[''"]')
            @($typed | Where-Object { -not $_.Groups['value'].Value.StartsWith('emu0') }) | Should -BeNullOrEmpty
        }

        It 'refuses <Name> as the key before sending it (IcuInvalidCredential)' -ForEach @(
            @{ Name = 'an athlete id'; Value = 'i12345' }
            @{ Name = 'the user name API_KEY'; Value = 'API_KEY' }
            @{ Name = 'an e-mail address'; Value = 'alex@example.com' }
        ) {
            $secure = ConvertTo-SecureString -String $Value -AsPlainText -Force

            { Connect-Icu -ApiKey $secure -BaseUri $BaseUri } | Should -Throw -ErrorId "IcuInvalidCredential$Suffix"
        }

        It 'refuses an unknown key with IcuAccessDenied' {
            $unknown = ConvertTo-SecureString -String 'emu0unknown0key000000000' -AsPlainText -Force

            { Connect-Icu -ApiKey $unknown -BaseUri $BaseUri } | Should -Throw -ErrorId "IcuAccessDenied$Suffix"
        }

        It 'refuses a personal key given as -AccessToken with IcuAccessDenied that says Bearer is for OAuth tokens' {
            $err = { Connect-Icu -AccessToken $AlexSecureKey -BaseUri $BaseUri } |
                Should -Throw -ErrorId "IcuAccessDenied$Suffix" -PassThru

            $err.Exception.Message | Should -Match 'Bearer'
            $err.ErrorDetails.RecommendedAction | Should -Match '-ApiKey'
        }
    }

    Context 'options' {
        It '-SkipValidation connects without any request (the base URI here has nothing listening)' {
            $closed = "http://localhost:$(Get-IcuFreeTcpPort)"

            $session = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $closed -SkipValidation -PassThru

            $session.Validated | Should -BeFalse
            $session.AthleteId | Should -Be '0'
            $session.AthleteName | Should -BeNullOrEmpty
            (Get-IcuSession).KeyFingerprint | Should -Be $AlexFingerprint
        }

        It 'removes /api/v1 from -BaseUri with a warning' {
            $warnings = $null

            $session = Connect-Icu -ApiKey $AlexSecureKey -BaseUri "$BaseUri/api/v1" -PassThru -WarningVariable warnings -WarningAction SilentlyContinue

            (@($warnings | ForEach-Object { $_.Message }) -join "`n") | Should -Match '/api/v1'
            $session.AthleteId | Should -Be 'i100001'
            $session.BaseUri.AbsolutePath | Should -Be '/'
        }

        It 'a later Connect-Icu replaces the default; the earlier -PassThru session stays usable' {
            $alex = Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri -PassThru
            $null = Connect-Icu -ApiKey $CoachSecureKey -BaseUri $BaseUri -PassThru

            (Get-IcuSession).AthleteId | Should -Be 'i100002'
            $checks = Test-IcuAuth -Session $alex
            ($checks | Where-Object Name -EQ 'KeyAccepted').Observed | Should -Match 'i100001'
        }
    }
}
