#Requires -Version 7.4
# Pester 5: Test-IcuAuth, the authentication doctor, against the local emulator (never intervals.icu).

Describe 'Test-IcuAuth' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $AlexKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'

        # The public contract (IntervalsIcu.Core.Diagnostics.AuthCheckNames): every run reports each once.
        $AllCheckNames = @(
            'CredentialPresent', 'KeyCleanliness', 'KeyShape', 'CredentialUserName', 'BaseUri', 'AthleteIdFormat', 'Proxy',
            'ServerReachable', 'KeyAccepted', 'AuthScheme', 'AthleteIdMatchesKey',
            'ActivitiesReadable', 'WellnessReadable', 'CalendarReadable', 'WriteScopes'
        )

        function Get-Check([object[]] $Checks, [string] $Name) {
            $Checks | Where-Object { $_.Name -eq $Name } | Select-Object -First 1
        }

        function Get-Problem([object[]] $Checks) {
            @($Checks | Where-Object { "$($_.Result)" -notin 'Pass', 'Skip' } | ForEach-Object { "$($_.Name): $($_.Result). $($_.Observed)" })
        }
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    AfterEach {
        Disconnect-Icu
    }

    Context 'a good personal API key' {
        It 'on the current session: one IcuAuthCheck per check, each Pass or Skip' {
            Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri

            $checks = @(Test-IcuAuth)

            @($checks | ForEach-Object { $_.GetType().FullName } | Select-Object -Unique) | Should -Be 'IntervalsIcu.Core.Diagnostics.IcuAuthCheck'
            (@($checks.Name) | Sort-Object) -join ',' | Should -Be ((@($AllCheckNames) | Sort-Object) -join ',')
            $problems = Get-Problem $checks
            $problems | Should -BeNullOrEmpty -Because ($problems -join '; ')
            (Get-Check $checks 'KeyAccepted').Observed | Should -Match 'i100001'
            (Get-Check $checks 'AuthScheme').Observed | Should -Match 'API_KEY'
        }

        It 'with an explicit -ApiKey, without connecting: each check Pass or Skip' {
            $checks = @(Test-IcuAuth -ApiKey $AlexSecureKey -BaseUri $BaseUri)

            (@($checks.Name) | Sort-Object) -join ',' | Should -Be ((@($AllCheckNames) | Sort-Object) -join ',')
            $problems = Get-Problem $checks
            $problems | Should -BeNullOrEmpty -Because ($problems -join '; ')
            Get-IcuSession | Should -BeNullOrEmpty -Because 'Test-IcuAuth never connects'
        }

        It 'with a -Credential whose user name is API_KEY: CredentialUserName passes' {
            $credential = [pscredential]::new('API_KEY', $AlexSecureKey)

            $checks = @(Test-IcuAuth -Credential $credential -BaseUri $BaseUri)

            "$((Get-Check $checks 'CredentialUserName').Result)" | Should -Be 'Pass'
            Get-Problem $checks | Should -BeNullOrEmpty
        }

        It 'never shows the key in its output, verbose or debug messages' {
            $DebugPreference = 'Continue'
            try {
                $streams = @(Test-IcuAuth -ApiKey $AlexSecureKey -BaseUri $BaseUri -Verbose 4>&1 5>&1)
            }
            finally {
                $DebugPreference = 'SilentlyContinue'
            }

            $text = @($streams | ForEach-Object { if ($_ -is [System.Management.Automation.InformationalRecord]) { "$_" } else { "$($_.Name) $($_.Observed) $($_.Fix)" } }) -join "`n"
            $text.Contains($AlexKey) | Should -BeFalse
        }
    }

    Context '-Quiet' {
        It 'returns only $true when nothing failed' {
            $result = @(Test-IcuAuth -ApiKey $AlexSecureKey -BaseUri $BaseUri -Quiet)

            $result.Count | Should -Be 1
            $result[0] | Should -BeOfType ([bool])
            $result[0] | Should -BeTrue
        }

        It 'returns only $false when a check failed' {
            $result = @(Test-IcuAuth -AccessToken $AlexSecureKey -BaseUri $BaseUri -Quiet)

            $result.Count | Should -Be 1
            $result[0] | Should -BeOfType ([bool])
            $result[0] | Should -BeFalse
        }
    }

    Context 'the usual causes of 401 and 403' {
        It 'a personal key sent as -AccessToken: KeyAccepted and AuthScheme fail, naming Bearer' {
            $checks = @(Test-IcuAuth -AccessToken $AlexSecureKey -BaseUri $BaseUri)

            $accepted = Get-Check $checks 'KeyAccepted'
            "$($accepted.Result)" | Should -Be 'Fail'
            $accepted.Observed | Should -Match 'Bearer'
            $accepted.Observed | Should -Match 'i100001'
            $accepted.Fix | Should -Match '-ApiKey'
            "$((Get-Check $checks 'AuthScheme').Result)" | Should -Be 'Fail'
            "$((Get-Check $checks 'AthleteIdMatchesKey').Result)" | Should -Be 'Skip'
        }

        It 'a coach with a coached athlete''s id: AthleteIdMatchesKey passes' {
            $checks = @(Test-IcuAuth -ApiKey $CoachSecureKey -AthleteId 'i100001' -BaseUri $BaseUri)

            $match = Get-Check $checks 'AthleteIdMatchesKey'
            "$($match.Result)" | Should -Be 'Pass'
            $match.Observed | Should -Match 'i100001'
            $match.Observed | Should -Match 'coached'
            $problems = Get-Problem $checks
            $problems | Should -BeNullOrEmpty -Because ($problems -join '; ')
        }

        It 'another athlete''s id: AthleteIdMatchesKey fails, naming the key''s own athlete' {
            $checks = @(Test-IcuAuth -ApiKey $AlexSecureKey -AthleteId 'i100002' -BaseUri $BaseUri)

            $match = Get-Check $checks 'AthleteIdMatchesKey'
            "$($match.Result)" | Should -Be 'Fail'
            $match.Observed | Should -Match 'i100001'
            $match.Fix | Should -Match 'i100001'
            "$((Get-Check $checks 'KeyAccepted').Result)" | Should -Be 'Pass'
        }

        It 'the key''s own id without its leading i: AthleteIdMatchesKey says the i is missing' {
            $checks = @(Test-IcuAuth -ApiKey $AlexSecureKey -AthleteId '100001' -BaseUri $BaseUri)

            $match = Get-Check $checks 'AthleteIdMatchesKey'
            "$($match.Result)" | Should -Be 'Fail'
            $match.Observed | Should -Match 'leading i'
            $match.Fix | Should -Match 'i100001'
        }

        It 'an all-digit athlete id that exists (2049587) is well formed and accepted' {
            $digitsKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId '2049587' -AsSecureString

            $checks = @(Test-IcuAuth -ApiKey $digitsKey -AthleteId '2049587' -BaseUri $BaseUri)

            "$((Get-Check $checks 'AthleteIdFormat').Result)" | Should -Be 'Pass'
            "$((Get-Check $checks 'AthleteIdMatchesKey').Result)" | Should -Be 'Pass'
        }

        It 'a key with stray spaces and quotes: KeyCleanliness warns, nothing fails' {
            $messy = ConvertTo-SecureString -String "  '$AlexKey'  " -AsPlainText -Force

            $checks = @(Test-IcuAuth -ApiKey $messy -BaseUri $BaseUri -WarningAction SilentlyContinue)

            $cleanliness = Get-Check $checks 'KeyCleanliness'
            "$($cleanliness.Result)" | Should -Be 'Warn'
            $cleanliness.Observed | Should -Match 'spaces'
            $cleanliness.Observed | Should -Match 'quotes'
            "$((Get-Check $checks 'KeyAccepted').Result)" | Should -Be 'Pass'
            Test-IcuAuth -ApiKey $messy -BaseUri $BaseUri -Quiet -WarningAction SilentlyContinue | Should -BeTrue
        }

        It 'an athlete id given as the key: KeyShape fails and nothing is sent' {
            $notAKey = ConvertTo-SecureString -String 'i12345' -AsPlainText -Force

            $checks = @(Test-IcuAuth -ApiKey $notAKey -BaseUri $BaseUri)

            $shape = Get-Check $checks 'KeyShape'
            "$($shape.Result)" | Should -Be 'Fail'
            $shape.Observed | Should -Match 'athlete id'
            "$((Get-Check $checks 'ServerReachable').Result)" | Should -Be 'Skip'
        }

        It 'a -Credential whose user name is not API_KEY: CredentialUserName warns' {
            $credential = [pscredential]::new('alex@example.com', $AlexSecureKey)

            $checks = @(Test-IcuAuth -Credential $credential -BaseUri $BaseUri -WarningAction SilentlyContinue)

            $userName = Get-Check $checks 'CredentialUserName'
            "$($userName.Result)" | Should -Be 'Warn'
            $userName.Observed | Should -Match 'API_KEY'
            $userName.Fix | Should -Match 'API_KEY'
        }

        It 'plain http to a host other than loopback: BaseUri fails and nothing is sent' {
            $checks = @(Test-IcuAuth -ApiKey $AlexSecureKey -BaseUri 'http://example.com')

            $base = Get-Check $checks 'BaseUri'
            "$($base.Result)" | Should -Be 'Fail'
            $base.Fix | Should -Match 'https'
            "$((Get-Check $checks 'ServerReachable').Result)" | Should -Be 'Skip'
        }

        It 'nothing listening at the base URI: ServerReachable fails' {
            $closed = "http://localhost:$(Get-IcuFreeTcpPort)"

            $checks = @(Test-IcuAuth -ApiKey $AlexSecureKey -BaseUri $closed)

            "$((Get-Check $checks 'ServerReachable').Result)" | Should -Be 'Fail'
            "$((Get-Check $checks 'KeyAccepted').Result)" | Should -Be 'Skip'
        }
    }

    Context 'OAuth access tokens' {
        It 'a token with the read scopes: each area is readable and the scheme is Bearer' {
            $token = Get-IcuEmulatorToken -Emulator $Emulator -WithScope 'ACTIVITY:READ', 'WELLNESS:READ', 'CALENDAR:READ'
            if (-not $token) {
                Set-ItResult -Skipped -Because 'the emulator printed no token with ACTIVITY:READ, WELLNESS:READ and CALENDAR:READ'
                return
            }

            $checks = @(Test-IcuAuth -AccessToken (ConvertTo-SecureString -String $token.Token -AsPlainText -Force) -BaseUri $BaseUri)

            foreach ($name in 'KeyAccepted', 'AuthScheme', 'ActivitiesReadable', 'WellnessReadable', 'CalendarReadable') {
                "$((Get-Check $checks $name).Result)" | Should -Be 'Pass' -Because "$name should pass: $((Get-Check $checks $name).Observed)"
            }

            (Get-Check $checks 'AuthScheme').Observed | Should -Match 'Bearer'
            "$((Get-Check $checks 'WriteScopes').Result)" | Should -Be 'Skip'
        }

        It 'a token without scopes: ActivitiesReadable fails naming ACTIVITY:READ' {
            $token = Get-IcuEmulatorToken -Emulator $Emulator -WithoutScope
            if (-not $token) {
                Set-ItResult -Skipped -Because 'the emulator printed no token without scopes'
                return
            }

            $secureToken = ConvertTo-SecureString -String $token.Token -AsPlainText -Force
            $checks = @(Test-IcuAuth -AccessToken $secureToken -BaseUri $BaseUri)

            $activities = Get-Check $checks 'ActivitiesReadable'
            "$($activities.Result)" | Should -Be 'Fail'
            $activities.Observed | Should -Match 'ACTIVITY:READ'
            $activities.Fix | Should -Match 'ACTIVITY:READ'
            Test-IcuAuth -AccessToken $secureToken -BaseUri $BaseUri -Quiet | Should -BeFalse
        }
    }

    Context 'display' {
        It 'shows a table of Name, Result, and what was observed with its fix' {
            $table = Test-IcuAuth -AccessToken $AlexSecureKey -BaseUri $BaseUri | Format-Table | Out-String -Width 120 | Remove-IcuAnsi

            $table | Should -Match 'Name\s+Result\s+Observed and fix'
            $table | Should -Match 'KeyAccepted\s+Fail'
        }

        It 'has a list view with the four facts' {
            $list = Test-IcuAuth -ApiKey $AlexSecureKey -BaseUri $BaseUri | Format-List | Out-String -Width 120 | Remove-IcuAnsi

            $list | Should -Match 'Name\s+:\s+CredentialPresent'
            $list | Should -Match 'Observed\s+:'
            $list | Should -Match 'Fix\s+:'
        }
    }
}
