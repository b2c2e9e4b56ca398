#Requires -Version 7.4
# Pester 5: Invoke-IcuRequest against the local emulator (never intervals.icu). Every one of the 148
# operations is sent by InvokeIcuRequestCoverageTests (tests/IntervalsIcu.PowerShell.Tests); here what a
# user sees in pwsh: completion, the objects written, the errors before sending, confirmation.

Describe 'Invoke-IcuRequest' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        $Suffix = ',IntervalsIcu.PowerShell.Commands.InvokeIcuRequestCommand'
        Connect-Icu -ApiKey $AlexSecureKey -BaseUri $BaseUri
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    Context 'completion' {
        It 'completes operationIds with the method, path and summary as the tooltip' {
            $line = 'Invoke-IcuRequest -Operation listGe'
            $matches = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

            $gear = $matches | Where-Object CompletionText -EQ 'listGear'
            $gear | Should -Not -BeNullOrEmpty
            $gear.ToolTip | Should -BeLike 'GET /athlete/{id}/gear{ext}*'
            $matches.CompletionText | Should -Not -Contain 'getAthlete'
        }
    }

    Context 'output' {
        It 'writes each element of a JSON array as a PSCustomObject with the API''s names and typed numbers' {
            $activities = @(Invoke-IcuRequest -Operation listActivities -Query @{ oldest = '2000-01-01'; limit = 3 })

            $activities.Count | Should -Be 3
            $activities[0] | Should -BeOfType [pscustomobject]
            $activities[0].start_date_local | Should -BeOfType [string]
            @($activities.moving_time | Where-Object { $_ -ne $null })[0] | Should -BeOfType [long]
        }

        It 'stops reading when Select-Object -First has enough' {
            $first = @(Invoke-IcuRequest -Operation listActivities -Query @{ oldest = '2000-01-01' } | Select-Object -First 1)

            $first.Count | Should -Be 1
        }

        It 'writes JSON text with -Raw, without the key the server puts in the athlete' {
            $raw = Invoke-IcuRequest -Operation getAthlete -Raw

            $raw | Should -BeOfType [string]
            ($raw | ConvertFrom-Json).name | Should -Be 'Alex Rider'
            $raw | Should -Not -Match 'icu_api_key'
        }

        It 'writes a CSV answer as one string' {
            $csv = Invoke-IcuRequest -Method GET '/athlete/{id}/wellness.csv'

            $csv | Should -BeOfType [string]
            ($csv -split "`n")[0] | Should -Match '^id,'
        }

        It 'saves a file answer with -OutFile and writes its FileInfo' {
            $ride = Invoke-IcuRequest -Operation listActivities -Query @{ oldest = '2000-01-01' } |
                Where-Object { $_.type -eq 'Ride' -and $_.source -ne 'STRAVA' } | Select-Object -First 1
            $path = Join-Path $TestDrive 'ride.fit'

            $file = Invoke-IcuRequest -Operation downloadActivityFitFile -PathParameter @{ id = $ride.id } -OutFile $path

            $file | Should -BeOfType [System.IO.FileInfo]
            $file.FullName | Should -Be $path
            $file.Length | Should -BeGreaterThan 0
        }
    }

    Context 'errors before sending' {
        It '<Name> stops with <ErrorId>' -ForEach @(
            @{ Name = 'an unknown operation'; Command = { Invoke-IcuRequest -Operation listGeer }; ErrorId = 'IcuUnknownOperation' }
            @{ Name = 'a path no operation has'; Command = { Invoke-IcuRequest -Method GET -Path '/athlete/0/nothing' }; ErrorId = 'IcuUnknownRequestPath' }
            @{ Name = 'a missing required query parameter'; Command = { Invoke-IcuRequest -Operation searchForIntervals -Query @{ minSecs = 60 } }; ErrorId = 'IcuRequestParameterMissing' }
            @{ Name = 'a value not of its type'; Command = { Invoke-IcuRequest -Operation showEvent -PathParameter @{ eventId = 'x' } }; ErrorId = 'IcuRequestParameterInvalid' }
            @{ Name = 'a body that is not JSON'; Command = { Invoke-IcuRequest -Operation createGear -Body '{nope' }; ErrorId = 'IcuRequestBodyInvalid' }
            @{ Name = 'a file answer without -OutFile'; Command = { Invoke-IcuRequest -Operation downloadActivityFile -PathParameter @{ id = 'i1' } }; ErrorId = 'IcuRequestOutFileRequired' }
        ) {
            $caught = $null
            try { & $Command } catch { $caught = $_ }

            $caught | Should -Not -BeNullOrEmpty
            $caught.FullyQualifiedErrorId | Should -Be ($ErrorId + $Suffix)
            $caught.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'names what the operation takes in the recommended action' {
            $caught = $null
            try { Invoke-IcuRequest -Operation searchForIntervals } catch { $caught = $_ }

            $caught.ErrorDetails.RecommendedAction | Should -Match 'query maxIntensity \(integer, required\)'
        }

        It 'reports a server refusal without stopping (404 for an activity that does not exist)' {
            $output = Invoke-IcuRequest -Operation getActivity -PathParameter @{ id = 'i1' } -ErrorVariable failures -ErrorAction SilentlyContinue

            $output | Should -BeNullOrEmpty
            $failures[0].FullyQualifiedErrorId | Should -Be ('IcuNotFound' + $Suffix)
        }
    }

    Context 'confirmation' {
        It 'a DELETE asks by default, so a non-interactive run refuses it rather than deleting' {
            $caught = $null
            try { Invoke-IcuRequest -Operation deleteGear -PathParameter @{ gearId = 'g1' } -ErrorAction Stop } catch { $caught = $_ }

            $caught | Should -Not -BeNullOrEmpty
        }

        It 'a DELETE with -Confirm:$false is sent' {
            { Invoke-IcuRequest -Operation deleteGear -PathParameter @{ gearId = 'g1' } -Confirm:$false } | Should -Not -Throw
        }

        It 'a POST does not ask' {
            $gear = Invoke-IcuRequest -Operation createGear -Body @{ name = 'New bike'; type = 'Bike' }

            $gear | Should -Not -BeNullOrEmpty
        }
    }
}
