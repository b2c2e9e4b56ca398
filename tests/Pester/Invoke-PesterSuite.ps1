#Requires -Version 7.4
<#
.SYNOPSIS
    Discovers or runs the Pester tests of this folder and writes what happened as JSON (and NUnit XML).

.DESCRIPTION
    The one way the Pester tests are run: by the xunit bridge of `dotnet test`
    (tests/IntervalsIcu.PowerShell.Tests/Pester) in out/pwsh/pwsh, and by build.ps1.

    Discover  Writes pester-discovery.json: one entry per test (file, path, ordinal, a readable name).
    Run       Starts one emulator for all files (TestHelpers.psm1, Start-IcuEmulator), runs every test
              file against the built module, and writes pester-results.json (one entry per test with its
              result and error, one per file with its own failure) and pester.xml (NUnit 2.5).

    A test is identified by its file, its path of block and test names as written (templates such as
    <Name> unexpanded, as discovery knows them) and its ordinal among tests of that same path (data-driven
    tests share one path). Exit code: 0 when the run itself worked (whatever the tests' results), 1 when it
    could not run.
#>
[CmdletBinding()]
param(
    [ValidateSet('Discover', 'Run')]
    [string] $Mode = 'Run',

    [Parameter(Mandatory)]
    [string] $ResultDirectory,

    # Test files or folders; all *.Tests.ps1 of this folder by default.
    [string[]] $Path = @($PSScriptRoot),

    [string] $PesterVersion = '5.7.1',

    # The configuration the emulator was built in (its 'dotnet run --no-build').
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
if ($PSStyle -and [Console]::IsOutputRedirected) {
    $PSStyle.OutputRendering = 'PlainText'
}

Import-Module Pester -RequiredVersion $PesterVersion
Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
$null = New-Item -ItemType Directory -Path $ResultDirectory -Force
$root = Get-IcuRepositoryRoot

function Get-RelativeTestFile([string] $File) {
    [System.IO.Path]::GetRelativePath($root, $File).Replace('\', '/')
}

function Get-TestPath($Test) {
    # Blocks and test as written, joined with ' > ' (the names may themselves contain dots).
    $names = [System.Collections.Generic.List[string]]::new()
    $block = $Test.Block
    while ($null -ne $block -and -not $block.IsRoot) {
        $names.Insert(0, $block.Name)
        $block = $block.Parent
    }

    $names.Add($Test.Name)
    $names -join ' > '
}

function Expand-TestName([string] $Template, $Data) {
    # What Pester shows after it runs a data-driven test: <Name> is the data's Name, <_> the data itself.
    if ($null -eq $Data) {
        return $Template
    }

    [regex]::Replace($Template, '<(_|[A-Za-z][\w.]*)>', {
            param($match)
            $key = $match.Groups[1].Value
            if ($key -eq '_') {
                return "$Data"
            }

            if ($Data -is [System.Collections.IDictionary] -and $Data.Contains($key)) {
                return "$($Data[$key])"
            }

            $match.Value
        })
}

function Get-ReadableName($Test) {
    $names = [System.Collections.Generic.List[string]]::new()
    $block = $Test.Block
    while ($null -ne $block -and -not $block.IsRoot) {
        $names.Insert(0, (Expand-TestName $block.Name $block.Data))
        $block = $block.Parent
    }

    $names.Add((Expand-TestName $Test.Name $Test.Data))
    $names -join ' > '
}

function ConvertTo-TestEntries($Tests) {
    $seen = @{}
    foreach ($test in $Tests) {
        $file = Get-RelativeTestFile $test.Block.BlockContainer.Item
        $testPath = Get-TestPath $test
        $key = "$file|$testPath"
        $ordinal = if ($seen.ContainsKey($key)) { $seen[$key] + 1 } else { 0 }
        $seen[$key] = $ordinal
        [ordered]@{
            File    = $file
            Path    = $testPath
            Ordinal = $ordinal
            Name    = Get-ReadableName $test
            Test    = $test
        }
    }
}

function Write-Json([string] $Name, $Value) {
    $target = Join-Path $ResultDirectory $Name
    ConvertTo-Json -InputObject $Value -Depth 6 | Set-Content -LiteralPath $target -Encoding utf8
}

$pesterConfiguration = New-PesterConfiguration
$pesterConfiguration.Run.Path = $Path
$pesterConfiguration.Run.PassThru = $true

if ($Mode -eq 'Discover') {
    $pesterConfiguration.Run.SkipRun = $true
    $pesterConfiguration.Output.Verbosity = 'None'
    $result = Invoke-Pester -Configuration $pesterConfiguration
    $tests = @(ConvertTo-TestEntries $result.Tests | ForEach-Object { $_.Remove('Test'); $_ })
    $failedFiles = @($result.Containers | Where-Object { $_.Result -eq 'Failed' } | ForEach-Object {
            [ordered]@{ File = Get-RelativeTestFile $_.Item; Error = (@($_.ErrorRecord) | ForEach-Object { "$_" }) -join [Environment]::NewLine }
        })
    Write-Json 'pester-discovery.json' ([ordered]@{ Tests = $tests; FailedFiles = $failedFiles })
    exit 0
}

$pesterConfiguration.Output.Verbosity = 'Detailed'
$pesterConfiguration.TestResult.Enabled = $true
$pesterConfiguration.TestResult.OutputFormat = 'NUnitXml'
$pesterConfiguration.TestResult.OutputPath = Join-Path $ResultDirectory 'pester.xml'

$emulator = $null
$savedEmulator = $env:ICU_TEST_EMULATOR
try {
    # One emulator for every file (each file's TestRun.Begin.ps1 finds it through ICU_TEST_EMULATOR).
    $emulator = Start-IcuEmulator -Configuration $Configuration -NoBuild -IgnoreEnvironment
    Export-IcuEmulatorEnvironment -Emulator $emulator
    $result = Invoke-Pester -Configuration $pesterConfiguration
}
finally {
    Stop-IcuEmulator -Emulator $emulator
    $env:ICU_TEST_EMULATOR = $savedEmulator
}

$tests = @(ConvertTo-TestEntries $result.Tests | ForEach-Object {
        $test = $_.Test
        $_.Remove('Test')
        $_.ExpandedPath = $test.ExpandedPath
        $_.Result = "$($test.Result)"
        $_.DurationMs = [int]$test.Duration.TotalMilliseconds
        $_.Error = (@($test.ErrorRecord) | ForEach-Object {
                $_.DisplayErrorMessage, $_.ScriptStackTrace -join [Environment]::NewLine
            }) -join ([Environment]::NewLine * 2)
        $_
    })
$files = @($result.Containers | ForEach-Object {
        [ordered]@{
            File   = Get-RelativeTestFile $_.Item
            Result = "$($_.Result)"
            Error  = (@($_.ErrorRecord) | ForEach-Object { "$_", $_.ScriptStackTrace -join [Environment]::NewLine }) -join ([Environment]::NewLine * 2)
        }
    })
Write-Json 'pester-results.json' ([ordered]@{ Tests = $tests; Files = $files })
Write-Host ('Pester: {0} passed, {1} failed, {2} skipped, {3} not run; files failed: {4}' -f
    $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.NotRunCount, $result.FailedContainersCount)
exit 0
