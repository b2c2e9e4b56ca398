#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests, packages and demonstrates the IntervalsIcu module.

.DESCRIPTION
    A thin entry point over dotnet and the scripts beside the tests. Tasks run in the order given.
    Without a system pwsh, run it in the pwsh the build makes from Microsoft.PowerShell.SDK:
        dotnet run --project tests/IntervalsIcu.Pwsh -- -NoProfile -File build.ps1 -Task Demo

      Build    dotnet build of the solution; leaves an importable module in out/IntervalsIcu/ and a
               complete pwsh 7.6.9 (with Pester 5.7.1) in out/pwsh/.
      Test     Build, then 'dotnet test' of the solution: the xunit tests and every Pester test of
               tests/Pester (run in out/pwsh/pwsh against out/IntervalsIcu and one emulator, each a
               result of its own). Results go to out/TestResults/ (Pester's in out/TestResults/pester/).
      Pester   Build, then only the Pester tests, in a child of the pwsh running this script, with their
               console output (Pester comes from out/pwsh/Modules, never the PowerShell Gallery).
      Package  Build in Release and write the PowerShell Gallery package out/package/IntervalsIcu.<version>.nupkg
               with tools/New-GalleryPackage.ps1 (no PSResourceGet needed). tests/Pester/Package.Tests.ps1
               installs such a package as Install-Module would and imports it by name.
      Demo     Build, start the emulator, and in a child pwsh: Connect-Icu with the demo key from
               INTERVALS_ICU_API_KEY, Test-IcuAuth, Get-IcuAthlete, the activity and wellness CSV
               round trips, and the week's training calendar. Files go to out/demo/.
      Clean    Removes out/ and the projects' bin/ and obj/ folders.

    Every native command's exit code is checked; any failure stops the script with exit code 1.
    Nothing here talks to intervals.icu, and the user's INTERVALS_ICU_* variables are restored.

.PARAMETER Task
    One or more of Build, Test, Pester, Package, Demo, Clean.

.PARAMETER Configuration
    Debug or Release for Build, Test and Demo. Package always builds Release.

.EXAMPLE
    ./build.ps1

.EXAMPLE
    ./build.ps1 -Task Clean, Test

.EXAMPLE
    ./build.ps1 -Task Package
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Pester', 'Package', 'Demo', 'Clean')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$Root = $PSScriptRoot
$Solution = Join-Path $Root 'IntervalsIcu.PowerShell.sln'
$OutDirectory = Join-Path $Root 'out'
$ModuleDirectory = Join-Path $OutDirectory 'IntervalsIcu'
$ModuleManifest = Join-Path $ModuleDirectory 'IntervalsIcu.psd1'
$TestResultsDirectory = Join-Path $OutDirectory 'TestResults'
$PackageDirectory = Join-Path $OutDirectory 'package'
$DemoDirectory = Join-Path $OutDirectory 'demo'
$ScriptDirectory = Join-Path $OutDirectory 'scripts'
$PesterDirectory = Join-Path $Root 'tests' 'Pester'
$TestHelpers = Join-Path $PesterDirectory 'TestHelpers.psm1'
$PesterSuite = Join-Path $PesterDirectory 'Invoke-PesterSuite.ps1'
$SdkModules = Join-Path $OutDirectory 'pwsh' 'Modules'
$BuiltConfigurations = [System.Collections.Generic.List[string]]::new()

# Emulator start/stop and key parsing live in one place, shared with the Pester tests.
Import-Module $TestHelpers -Force
$Pwsh = Get-IcuPwshPath

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

function Invoke-Native {
    # Runs a native command; a non-zero exit code stops the build.
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @()
    )

    Write-Host "    $FilePath $($ArgumentList -join ' ')" -ForegroundColor DarkGray
    & $FilePath @ArgumentList | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Invoke-ChildPwsh {
    # Runs a script block's text in a fresh 'pwsh -NoProfile -NonInteractive' (nothing of this
    # session leaks in, and the module's assemblies are not left loaded here, where they would
    # lock out/ on Windows). A non-zero exit code stops the build.
    param(
        [Parameter(Mandatory)] [string] $Name,
        [Parameter(Mandatory)] [scriptblock] $ScriptBlock,
        [string[]] $ArgumentList = @()
    )

    $null = New-Item -ItemType Directory -Path $ScriptDirectory -Force
    $file = Join-Path $ScriptDirectory "$Name.ps1"
    Set-Content -LiteralPath $file -Value $ScriptBlock.ToString() -Encoding utf8
    & $Pwsh -NoProfile -NonInteractive -File $file @ArgumentList | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "$Name failed (exit code $LASTEXITCODE)."
    }
}

function Invoke-BuildTask([string] $BuildConfiguration) {
    if ($BuiltConfigurations -contains $BuildConfiguration) {
        return
    }

    Write-Step "Build ($BuildConfiguration)"
    Invoke-Native dotnet @('build', $Solution, '--configuration', $BuildConfiguration, '--nologo')
    if (-not (Test-Path -LiteralPath $ModuleManifest)) {
        throw "The build did not stage the module: $ModuleManifest is missing."
    }

    $BuiltConfigurations.Add($BuildConfiguration)
}

function Invoke-TestTask {
    Invoke-BuildTask $Configuration
    $null = New-Item -ItemType Directory -Path $TestResultsDirectory -Force

    Write-Step 'Tests (dotnet test: xunit, and every Pester test in out/pwsh/pwsh)'
    Invoke-Native dotnet @(
        'test', $Solution, '--configuration', $Configuration, '--no-build', '--nologo',
        '--logger', 'trx;LogFilePrefix=tests', '--results-directory', $TestResultsDirectory
    )
}

function Invoke-PesterTask {
    Invoke-BuildTask $Configuration
    $null = New-Item -ItemType Directory -Path $TestResultsDirectory -Force
    Invoke-PesterTests
}

function Invoke-PesterTests {
    Write-Step 'Pester tests (child pwsh, one local emulator)'
    $resultDirectory = Join-Path $TestResultsDirectory 'pester'
    $savedModulePath = $env:PSModulePath
    $savedModuleVariable = $env:ICU_TEST_MODULE
    try {
        # Pester 5.7.1 as the build laid it out, whether this is the SDK's pwsh or a system one.
        $env:PSModulePath = $SdkModules + [System.IO.Path]::PathSeparator + $env:PSModulePath
        $env:ICU_TEST_MODULE = $ModuleManifest
        Invoke-Native $Pwsh @('-NoProfile', '-NonInteractive', '-File', $PesterSuite, '-ResultDirectory', $resultDirectory, '-Configuration', $Configuration)
    }
    finally {
        $env:PSModulePath = $savedModulePath
        [Environment]::SetEnvironmentVariable('ICU_TEST_MODULE', $savedModuleVariable)
    }

    $report = Get-Content -LiteralPath (Join-Path $resultDirectory 'pester-results.json') -Raw | ConvertFrom-Json
    $notPassed = @($report.Tests | Where-Object Result -NE 'Passed')
    $brokenFiles = @($report.Files | Where-Object { $_.Error })
    foreach ($test in $notPassed) {
        Write-Host "    $($test.Result): $($test.File): $($test.ExpandedPath)" -ForegroundColor Red
    }

    foreach ($file in $brokenFiles) {
        Write-Host "    $($file.File): $($file.Error)" -ForegroundColor Red
    }

    if ($notPassed.Count -gt 0 -or $brokenFiles.Count -gt 0) {
        throw "$($notPassed.Count) Pester test(s) did not pass and $($brokenFiles.Count) file(s) failed outside a test."
    }
}

function Invoke-PackageTask {
    Invoke-BuildTask 'Release'

    Write-Step 'Package (PowerShell Gallery .nupkg)'
    if (Test-Path -LiteralPath $PackageDirectory) {
        Remove-Item -LiteralPath $PackageDirectory -Recurse -Force
    }

    $package = & (Join-Path $Root 'tools' 'New-GalleryPackage.ps1') -ModulePath $ModuleDirectory -OutputDirectory $PackageDirectory
    Write-Host "    $package" -ForegroundColor DarkGray
}

function Invoke-DemoTask {
    Invoke-BuildTask $Configuration

    Write-Step 'Demo (local emulator)'
    $null = New-Item -ItemType Directory -Path $DemoDirectory -Force
    $emulator = $null
    $savedUserVariables = Save-IcuUserEnvironment
    try {
        $emulator = Start-IcuEmulator -Configuration $Configuration -NoBuild -IgnoreEnvironment
        # The demo key travels the way a scheduled job's would: in the environment, never on a command line.
        $env:INTERVALS_ICU_API_KEY = Get-IcuEmulatorKey -Emulator $emulator -AthleteId 'i100001'

        $demo = {
            param(
                [Parameter(Mandatory)] [string] $ModulePath,
                [Parameter(Mandatory)] [string] $BaseUri,
                [Parameter(Mandatory)] [string] $OutputDirectory
            )

            $ErrorActionPreference = 'Stop'
            function Show([string] $Command, [scriptblock] $Run) {
                Write-Host ''
                Write-Host "PS> $Command" -ForegroundColor Yellow
                & $Run | Out-String -Width 120 | Write-Host
            }

            Import-Module $ModulePath

            Show "Connect-Icu -BaseUri $BaseUri   # the key comes from `$env:INTERVALS_ICU_API_KEY" { Connect-Icu -BaseUri $BaseUri -PassThru }
            Show 'Test-IcuAuth' { Test-IcuAuth }
            Show 'Get-IcuAthlete' { Get-IcuAthlete }

            $activities = Join-Path $OutputDirectory 'activities.csv'
            Show "Get-IcuActivity -Oldest (Get-Date).AddDays(-30) | Export-Csv $activities" {
                Get-IcuActivity -Oldest (Get-Date).AddDays(-30) | Export-Csv -LiteralPath $activities -NoTypeInformation
                Import-Csv -LiteralPath $activities | Select-Object -First 5 | Format-Table -Property Id, Name, Type, StartDateLocal
            }

            $wellness = Join-Path $OutputDirectory 'wellness.csv'
            # One morning's wellness, as a spreadsheet or a watch export would hold it; no Date column
            # means today in the athlete's time zone.
            [pscustomobject]@{
                Weight    = 71.4
                RestingHR = 47
                Hrv       = 68
                SleepSecs = 27000
            } | Export-Csv -LiteralPath $wellness -NoTypeInformation
            Show "Import-Csv $wellness | Set-IcuWellness -PassThru" {
                Import-Csv -LiteralPath $wellness | Set-IcuWellness -PassThru
            }

            Show 'Get-IcuEvent   # the training calendar: today and the next 6 days' { Get-IcuEvent }

            Disconnect-Icu
            exit 0
        }

        Invoke-ChildPwsh -Name 'demo' -ScriptBlock $demo -ArgumentList @(
            '-ModulePath', $ModuleManifest
            '-BaseUri', $emulator.BaseUri
            '-OutputDirectory', $DemoDirectory
        )
    }
    finally {
        Stop-IcuEmulator -Emulator $emulator
        Restore-IcuUserEnvironment -Saved $savedUserVariables
    }
}

function Invoke-CleanTask {
    Write-Step 'Clean'
    if (Test-Path -LiteralPath $OutDirectory) {
        Remove-Item -LiteralPath $OutDirectory -Recurse -Force
    }

    $projectDirectories = Get-ChildItem -Path (Join-Path $Root 'src'), (Join-Path $Root 'tests'), (Join-Path $Root 'tools') -Filter '*.csproj' -Recurse -File -ErrorAction SilentlyContinue |
        ForEach-Object { $_.DirectoryName } |
        Sort-Object -Unique
    foreach ($directory in $projectDirectories) {
        foreach ($name in 'bin', 'obj') {
            $path = Join-Path $directory $name
            if (Test-Path -LiteralPath $path) {
                Remove-Item -LiteralPath $path -Recurse -Force
            }
        }
    }
}

Push-Location -LiteralPath $Root
try {
    foreach ($name in $Task) {
        switch ($name) {
            'Build' { Invoke-BuildTask $Configuration }
            'Test' { Invoke-TestTask }
            'Pester' { Invoke-PesterTask }
            'Package' { Invoke-PackageTask }
            'Demo' { Invoke-DemoTask }
            'Clean' {
                Invoke-CleanTask
                $BuiltConfigurations.Clear()
            }
        }
    }
}
catch {
    Write-Host "build.ps1: $($_.Exception.Message)" -ForegroundColor Red
    if ($_.ScriptStackTrace) {
        Write-Host $_.ScriptStackTrace -ForegroundColor DarkGray
    }

    exit 1
}
finally {
    Pop-Location
}

exit 0
