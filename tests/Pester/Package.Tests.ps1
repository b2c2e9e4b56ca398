#Requires -Version 7.4
# Pester 5: the PowerShell Gallery package (tools/New-GalleryPackage.ps1) of the built module, opened,
# installed the way Install-Module lays a module out, imported by name and used against the emulator.

Describe 'The gallery package' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestRun.Begin.ps1')
        Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem, System.IO.Packaging

        $RepositoryRoot = Get-IcuRepositoryRoot
        $ModuleDirectory = Split-Path -Parent (Get-IcuTestModulePath)
        $Manifest = Import-PowerShellDataFile -LiteralPath (Get-IcuTestModulePath)
        $PackageDirectory = Join-Path $TestDrive 'package'
        $PackagePath = & (Join-Path $RepositoryRoot 'tools' 'New-GalleryPackage.ps1') -ModulePath $ModuleDirectory -OutputDirectory $PackageDirectory

        function Read-PackageEntry([string] $EntryName) {
            $zip = [System.IO.Compression.ZipFile]::OpenRead($PackagePath)
            try {
                $entry = $zip.GetEntry($EntryName)
                if ($null -eq $entry) { return $null }
                $reader = [System.IO.StreamReader]::new($entry.Open())
                try { $reader.ReadToEnd() } finally { $reader.Dispose() }
            }
            finally {
                $zip.Dispose()
            }
        }

        [xml]$Nuspec = Read-PackageEntry 'IntervalsIcu.nuspec'
        $Metadata = $Nuspec.package.metadata
        $Tags = @($Metadata.tags -split ' ')
    }

    AfterAll {
        . (Join-Path $PSScriptRoot 'TestRun.End.ps1')
    }

    It 'is one IntervalsIcu.{version}.nupkg that opens as a valid NuGet (OPC) package' {
        @(Get-ChildItem -LiteralPath $PackageDirectory -Filter '*.nupkg').Name | Should -Be "IntervalsIcu.$($Manifest.ModuleVersion).nupkg"
        $package = [System.IO.Packaging.Package]::Open($PackagePath, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read)
        try {
            @($package.GetParts()).Count | Should -BeGreaterThan 5
            $package.PackageProperties.Identifier | Should -Be 'IntervalsIcu'
        }
        finally {
            $package.Close()
        }
    }

    It 'holds every file of the built module at its root, and the LICENSE' {
        $zip = [System.IO.Compression.ZipFile]::OpenRead($PackagePath)
        try {
            $entries = @($zip.Entries | ForEach-Object FullName)
        }
        finally {
            $zip.Dispose()
        }

        foreach ($file in Get-ChildItem -LiteralPath $ModuleDirectory -File -Recurse) {
            $entries | Should -Contain ([System.IO.Path]::GetRelativePath($ModuleDirectory, $file.FullName).Replace('\', '/'))
        }

        $entries | Should -Contain 'LICENSE'
        $entries | Should -Contain 'IntervalsIcu.nuspec'
    }

    It 'has the nuspec fields the gallery reads, taken from the manifest' {
        $Metadata.id | Should -Be 'IntervalsIcu'
        $Metadata.version | Should -Be $Manifest.ModuleVersion
        $Metadata.authors | Should -Be $Manifest.Author
        $Metadata.description | Should -Be $Manifest.Description
        $Metadata.releaseNotes | Should -Be $Manifest.PrivateData.PSData.ReleaseNotes
        $Metadata.releaseNotes | Should -Not -BeNullOrEmpty
        $Metadata.projectUrl | Should -Be $Manifest.PrivateData.PSData.ProjectUri
        $Metadata.licenseUrl | Should -Be $Manifest.PrivateData.PSData.LicenseUri
        $Metadata.copyright | Should -Be $Manifest.Copyright
    }

    It 'tags it PSModule, PSIncludes_Cmdlet and PSCmdlet_{name} for every exported cmdlet' {
        $Tags | Should -Contain 'PSModule'
        $Tags | Should -Contain 'PSIncludes_Cmdlet'
        $Tags | Should -Contain 'PSEdition_Core'
        foreach ($cmdlet in $Manifest.CmdletsToExport) {
            $Tags | Should -Contain "PSCmdlet_$cmdlet"
            $Tags | Should -Contain "PSCommand_$cmdlet"
        }
    }

    It 'points its licence URL at the LICENSE file of this repository, which exists' {
        $Metadata.licenseUrl | Should -Match '/blob/main/LICENSE$'
        Join-Path $RepositoryRoot 'LICENSE' | Should -Exist
        Read-PackageEntry 'LICENSE' | Should -Be (Get-Content -LiteralPath (Join-Path $RepositoryRoot 'LICENSE') -Raw)
    }

    It 'installs as Install-Module lays it out, imports by name through PSModulePath, and works against the emulator' {
        # Install-Module: <a PSModulePath folder>/<Name>/<Version>/ holding the package's files, without NuGet's own parts.
        $modules = Join-Path $TestDrive 'Modules'
        $installed = Join-Path $modules 'IntervalsIcu' $Manifest.ModuleVersion
        [System.IO.Compression.ZipFile]::ExtractToDirectory($PackagePath, $installed)
        foreach ($nugetPart in '_rels', 'package', '[Content_Types].xml', 'IntervalsIcu.nuspec') {
            Remove-Item -LiteralPath (Join-Path $installed $nugetPart) -Recurse -Force
        }

        $script = @'
param($Modules, $BaseUri)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $Modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
$available = Get-Module -ListAvailable -Name IntervalsIcu
"available: $($available.Version) at $($available.ModuleBase)"
Import-Module IntervalsIcu
"commands: $((Get-Command -Module IntervalsIcu | Sort-Object Name | ForEach-Object Name) -join ',')"
Connect-Icu -BaseUri $BaseUri
"athlete: $((Get-IcuAthlete).Id)"
'@
        $env:INTERVALS_ICU_API_KEY = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001'
        try {
            $run = Invoke-IcuIsolatedPwsh -ScriptText $script -ArgumentList @('-Modules', $modules, '-BaseUri', $BaseUri)
        }
        finally {
            $env:INTERVALS_ICU_API_KEY = $null
        }

        $run.ExitCode | Should -Be 0 -Because ($run.Output -join [Environment]::NewLine)
        $run.Output | Should -Contain "available: $($Manifest.ModuleVersion) at $installed"
        $run.Output | Should -Contain "commands: $((@($Manifest.CmdletsToExport) | Sort-Object) -join ',')"
        $run.Output | Should -Contain 'athlete: i100001'
    }
}
