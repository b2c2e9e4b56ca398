#Requires -Version 7.4
<#
.SYNOPSIS
    Writes the PowerShell Gallery package (.nupkg) of a built module folder, without PSResourceGet.

.DESCRIPTION
    Makes what Publish-PSResource would upload: a NuGet package whose root holds the module's files and a
    .nuspec with the fields and tags the gallery reads (id, version, authors, owners, description, release
    notes, copyright, project and license URLs, the tags PSModule, PSEdition_*, PSCmdlet_<name> and
    PSCommand_<name> per exported cmdlet, PSIncludes_Cmdlet), plus the Open Packaging Conventions parts
    NuGet expects ([Content_Types].xml, _rels/.rels, the core-properties part). Everything is read from the
    module's manifest, so the package cannot disagree with it. Writes the package's full path.

    build.ps1 -Task Package calls it after a Release build; tests/Pester/Package.Tests.ps1 installs its
    output the way Install-Module does and imports it by name.

.PARAMETER ModulePath
    The built module folder (out/IntervalsIcu), holding IntervalsIcu.psd1 with its version stamped.

.PARAMETER OutputDirectory
    Where IntervalsIcu.<version>.nupkg is written (created if missing; an older package of the same
    version is replaced).

.PARAMETER LicensePath
    The LICENSE file shipped at the package's root beside the module (the one LicenseUri points at).
#>
[CmdletBinding()]
[OutputType([string])]
param(
    [Parameter(Mandatory)]
    [string] $ModulePath,

    [Parameter(Mandatory)]
    [string] $OutputDirectory,

    [string] $LicensePath = (Join-Path $PSScriptRoot '..' 'LICENSE')
)

$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.IO.Compression

$moduleDirectory = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$name = 'IntervalsIcu'
$manifestPath = Join-Path $moduleDirectory "$name.psd1"
if (-not (Test-Path -LiteralPath $manifestPath -PathType Leaf)) {
    throw "No $name.psd1 in '$moduleDirectory': build first (dotnet build IntervalsIcu.PowerShell.sln stages out/$name)."
}

$manifest = Import-PowerShellDataFile -LiteralPath $manifestPath
$psData = $manifest.PrivateData.PSData
$version = [string]$manifest.ModuleVersion
if ($version -notmatch '^\d+\.\d+\.\d+$') {
    throw "The manifest's ModuleVersion '$version' is not a stamped version: package the built module (out/$name), not the source manifest."
}

if ($psData.Prerelease) {
    $version = "$version-$($psData.Prerelease)"
}

foreach ($required in 'Author', 'Description') {
    if ([string]::IsNullOrWhiteSpace($manifest[$required])) {
        throw "The manifest has no $required, which the gallery requires."
    }
}

foreach ($required in 'ProjectUri', 'LicenseUri') {
    if ([string]::IsNullOrWhiteSpace($psData[$required])) {
        throw "The manifest's PSData has no $required."
    }
}

if (-not (Test-Path -LiteralPath $LicensePath -PathType Leaf)) {
    throw "The licence file '$LicensePath' is missing; the manifest's LicenseUri points at it."
}

# The tags the gallery derives its search from (what Publish-PSResource adds to the manifest's own).
$cmdlets = @($manifest.CmdletsToExport | Sort-Object)
$tags = [System.Collections.Generic.List[string]]::new()
$tags.Add('PSModule')
foreach ($tag in @($psData.Tags)) {
    if ($tag -notin $tags) {
        $tags.Add($tag)
    }
}

foreach ($edition in @($manifest.CompatiblePSEditions)) {
    if ("PSEdition_$edition" -notin $tags) {
        $tags.Add("PSEdition_$edition")
    }
}

foreach ($cmdlet in $cmdlets) {
    $tags.Add("PSCmdlet_$cmdlet")
    $tags.Add("PSCommand_$cmdlet")
}

if ($cmdlets.Count -gt 0) {
    $tags.Add('PSIncludes_Cmdlet')
}

$badTag = $tags | Where-Object { $_ -match '\s' } | Select-Object -First 1
if ($badTag) {
    throw "The tag '$badTag' holds a space; NuGet tags are separated by spaces."
}

function Get-XmlText([string] $Text) {
    [System.Security.SecurityElement]::Escape($Text)
}

$nuspec = @"
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd">
  <metadata>
    <id>$name</id>
    <version>$(Get-XmlText $version)</version>
    <authors>$(Get-XmlText $manifest.Author)</authors>
    <owners>$(Get-XmlText ($manifest.CompanyName ?? $manifest.Author))</owners>
    <requireLicenseAcceptance>$((([bool]$psData.RequireLicenseAcceptance)).ToString().ToLowerInvariant())</requireLicenseAcceptance>
    <licenseUrl>$(Get-XmlText $psData.LicenseUri)</licenseUrl>
    <projectUrl>$(Get-XmlText $psData.ProjectUri)</projectUrl>
    <description>$(Get-XmlText $manifest.Description)</description>
    <releaseNotes>$(Get-XmlText $psData.ReleaseNotes)</releaseNotes>
    <copyright>$(Get-XmlText $manifest.Copyright)</copyright>
    <tags>$(Get-XmlText ($tags -join ' '))</tags>
  </metadata>
</package>
"@

$moduleFiles = @(Get-ChildItem -LiteralPath $moduleDirectory -File -Recurse | Sort-Object FullName)
# Every extension in the package needs a content type (NuGet itself marks them all application/octet).
$extensions = @($moduleFiles | ForEach-Object { $_.Extension.TrimStart('.').ToLowerInvariant() } | Where-Object { $_ } | Sort-Object -Unique) + 'nuspec'
$defaults = ($extensions | Sort-Object -Unique | ForEach-Object { "  <Default Extension=`"$_`" ContentType=`"application/octet`" />" }) -join "`n"
$contentTypes = @"
<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />
  <Default Extension="psmdcp" ContentType="application/vnd.openxmlformats-package.core-properties+xml" />
$defaults
  <Override PartName="/LICENSE" ContentType="application/octet" />
</Types>
"@

$corePropertiesId = [guid]::NewGuid().ToString('N')
$relationships = @"
<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/$name.nuspec" Id="R$($corePropertiesId.Substring(0, 16))" />
  <Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/package/services/metadata/core-properties/$corePropertiesId.psmdcp" Id="R$($corePropertiesId.Substring(16))" />
</Relationships>
"@

$coreProperties = @"
<?xml version="1.0" encoding="utf-8"?>
<coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">
  <dc:creator>$(Get-XmlText $manifest.Author)</dc:creator>
  <dc:description>$(Get-XmlText $manifest.Description)</dc:description>
  <dc:identifier>$name</dc:identifier>
  <version>$(Get-XmlText $version)</version>
  <keywords>$(Get-XmlText ($tags -join ' '))</keywords>
  <lastModifiedBy>IntervalsIcu build (tools/New-GalleryPackage.ps1)</lastModifiedBy>
</coreProperties>
"@

$null = New-Item -ItemType Directory -Path $OutputDirectory -Force
$packagePath = Join-Path (Resolve-Path -LiteralPath $OutputDirectory).ProviderPath "$name.$version.nupkg"
if (Test-Path -LiteralPath $packagePath) {
    Remove-Item -LiteralPath $packagePath -Force
}

$utf8 = [System.Text.UTF8Encoding]::new($false)
$stream = [System.IO.File]::Open($packagePath, [System.IO.FileMode]::CreateNew)
$zip = [System.IO.Compression.ZipArchive]::new($stream, [System.IO.Compression.ZipArchiveMode]::Create)
try {
    function Add-Text([string] $EntryName, [string] $Text) {
        $writer = [System.IO.StreamWriter]::new($zip.CreateEntry($EntryName).Open(), $utf8)
        try { $writer.Write($Text) } finally { $writer.Dispose() }
    }

    Add-Text "$name.nuspec" $nuspec
    Add-Text '[Content_Types].xml' $contentTypes
    Add-Text '_rels/.rels' $relationships
    Add-Text "package/services/metadata/core-properties/$corePropertiesId.psmdcp" $coreProperties

    foreach ($file in $moduleFiles) {
        $entryName = [System.IO.Path]::GetRelativePath($moduleDirectory, $file.FullName).Replace('\', '/')
        $null = [System.IO.Compression.ZipFileExtensions]::CreateEntryFromFile($zip, $file.FullName, $entryName)
    }

    $null = [System.IO.Compression.ZipFileExtensions]::CreateEntryFromFile($zip, (Resolve-Path -LiteralPath $LicensePath).ProviderPath, 'LICENSE')
}
finally {
    $zip.Dispose()
    $stream.Dispose()
}

$packagePath
