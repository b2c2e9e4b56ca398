#Requires -Version 7.4
# Pester 5: the built module as a whole (out/IntervalsIcu/): manifest, exports, output types, secrets.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $CmdletCases = @((Import-PowerShellDataFile -LiteralPath (Get-IcuTestModulePath)).CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

Describe 'The IntervalsIcu module' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        $ManifestPath = Get-IcuTestModulePath
        $ModuleDirectory = Split-Path -Parent $ManifestPath
        $Manifest = Import-PowerShellDataFile -LiteralPath $ManifestPath
        $Module = Import-Module $ManifestPath -Force -PassThru -ErrorAction Stop
    }

    Context 'manifest' {
        It 'passes Test-ModuleManifest' {
            { Test-ModuleManifest -Path $ManifestPath -ErrorAction Stop } | Should -Not -Throw
        }

        It 'imports, with the version stamped by the build' {
            $Module | Should -Not -BeNullOrEmpty
            $Module.Name | Should -Be 'IntervalsIcu'
            $Manifest.ModuleVersion | Should -Match '^\d+\.\d+\.\d+'
            "$($Module.Version)" | Should -Be $Manifest.ModuleVersion
        }

        It 'says to import out/IntervalsIcu when the source template at the repository root is imported (issue 10.10)' {
            $template = Join-Path (Get-IcuRepositoryRoot) 'IntervalsIcu.psd1'
            $run = Invoke-IcuIsolatedPwsh -ScriptText "try { Import-Module '$template' -ErrorAction Stop; exit 0 } catch { `$_.Exception.Message; exit 3 }"

            $run.ExitCode | Should -Be 3 -Because ($run.Output -join ' ')
            ($run.Output -join ' ') | Should -Match 'source template'
            ($run.Output -join ' ') | Should -Match ([regex]::Escape((Join-Path 'out' 'IntervalsIcu' 'IntervalsIcu.psd1')))
            (Get-Content -LiteralPath $ManifestPath -Raw) | Should -Not -Match 'SourceManifestGuard'
        }

        It 'targets PowerShell 7.4 and later, Core edition' {
            $Manifest.PowerShellVersion | Should -Be '7.4'
            @($Manifest.CompatiblePSEditions) -join ',' | Should -Be 'Core'
        }

        It 'exports exactly the cmdlets its manifest lists' {
            $exported = @($Module.ExportedCmdlets.Keys | Sort-Object)
            $declared = @($Manifest.CmdletsToExport | Sort-Object)

            $exported -join ',' | Should -Be ($declared -join ',')
            @(Get-Command -Module IntervalsIcu -CommandType Cmdlet | ForEach-Object Name | Sort-Object) -join ',' | Should -Be ($declared -join ',')
        }

        It 'exports no functions, aliases or variables' {
            $Module.ExportedFunctions.Count | Should -Be 0
            $Module.ExportedAliases.Count | Should -Be 0
            $Module.ExportedVariables.Count | Should -Be 0
        }
    }

    Context 'files' {
        It 'ships its format file, and the views are loaded for <_>' -ForEach @(
            'IntervalsIcu.Core.Sessions.IcuSession'
            'IntervalsIcu.Core.Diagnostics.IcuAuthCheck'
            'IntervalsIcu.Core.Model.IcuAthlete'
            'IntervalsIcu.Core.Model.IcuCoachedAthlete'
            'IntervalsIcu.Core.Model.IcuFitnessDay'
            'IntervalsIcu.Core.Model.IcuAthleteSummary'
            'IntervalsIcu.Core.Model.IcuCurvePoint'
            'IntervalsIcu.Core.Model.IcuGear'
            'IntervalsIcu.Core.Model.IcuGearReminder'
            'IntervalsIcu.Core.Model.IcuSportSettings'
            'IntervalsIcu.Core.Model.IcuFolder'
            'IntervalsIcu.Core.Model.IcuWorkout'
        ) {
            Join-Path $ModuleDirectory 'IntervalsIcu.Format.ps1xml' | Should -Exist
            Get-FormatData -TypeName $_ | Should -Not -BeNullOrEmpty
        }

        It 'ships the about topic <_>' -ForEach @('about_IntervalsIcu', 'about_IntervalsIcu_Authentication') {
            Join-Path $ModuleDirectory 'en-US' "$_.help.txt" | Should -Exist
        }

        It 'does not ship the PowerShell reference assembly (the host supplies it)' {
            Join-Path $ModuleDirectory 'System.Management.Automation.dll' | Should -Not -Exist
        }
    }

    Context 'cmdlet <Name>' -ForEach $CmdletCases {
        BeforeAll {
            $Command = Get-Command -Name $Name -Module IntervalsIcu -CommandType Cmdlet -ErrorAction SilentlyContinue
        }

        It 'is exported' {
            $Command | Should -Not -BeNullOrEmpty
        }

        It 'declares [OutputType]' {
            $Command | Should -Not -BeNullOrEmpty
            @($Command.OutputType).Count | Should -BeGreaterThan 0
        }

        It 'takes no key, token, password or secret as a plain string' {
            $Command | Should -Not -BeNullOrEmpty
            $plain = @($Command.Parameters.Values | Where-Object {
                    $_.Name -match 'Key|Token|Password|Secret' -and $_.ParameterType -in @([string], [string[]])
                } | ForEach-Object { "-$($_.Name) [$($_.ParameterType.Name)]" })

            $plain | Should -BeNullOrEmpty -Because "a secret must be a SecureString or PSCredential: $($plain -join ', ')"
        }
    }
}
