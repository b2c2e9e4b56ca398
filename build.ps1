#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests, packages and demonstrates the IntervalsIcu module.

.DESCRIPTION
    A thin entry point over dotnet, Pester and PSResourceGet. Tasks run in the order given.

      Build    dotnet build of the solution; leaves an importable module in out/IntervalsIcu/.
      Test     Build, then the xunit tests (dotnet test), then the Pester tests of tests/Pester in a
               child 'pwsh -NoProfile -NonInteractive' against out/IntervalsIcu and a local emulator.
               Results go to out/TestResults/. Pester 5.7.1 is installed for the current user from
               the PowerShell Gallery when it is missing.
      Pester   Build, then only the Pester tests (what .ci/run adds after its own dotnet test).
      Package  Build in Release, publish out/IntervalsIcu to a temporary local repository in
               out/package/ (the .nupkg), then install it from there into a temporary folder, import
               it in a child pwsh and list its commands.
      Demo     Build, start the emulator, and in a child pwsh: Connect-Icu with the demo key from
               INTERVALS_ICU_API_KEY, Test-IcuAuth, Get-IcuAthlete, and the activity and wellness CSV
               round trips. Files go to out/demo/.
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

$PesterVersion = '5.7.1'
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

function Install-PinnedPester {
    $installed = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -eq [version]$PesterVersion }
    if ($installed) {
        return
    }

    Write-Step "Install Pester $PesterVersion (current user, PowerShell Gallery)"
    Import-Module Microsoft.PowerShell.PSResourceGet
    Install-PSResource -Name Pester -Version $PesterVersion -Repository PSGallery -Scope CurrentUser -TrustRepository -Quiet
}

function Invoke-TestTask {
    Invoke-BuildTask $Configuration
    $null = New-Item -ItemType Directory -Path $TestResultsDirectory -Force

    Write-Step 'Unit tests (dotnet test)'
    Invoke-Native dotnet @(
        'test', $Solution, '--configuration', $Configuration, '--no-build', '--nologo',
        '--logger', 'trx;LogFileName=xunit.trx', '--results-directory', $TestResultsDirectory
    )

    Invoke-PesterTests
}

function Invoke-PesterTask {
    Invoke-BuildTask $Configuration
    $null = New-Item -ItemType Directory -Path $TestResultsDirectory -Force
    Invoke-PesterTests
}

function Invoke-PesterTests {
    Install-PinnedPester

    Write-Step 'Pester tests (child pwsh, local emulator)'
    $savedEmulatorVariable = $env:ICU_TEST_EMULATOR
    $savedModuleVariable = $env:ICU_TEST_MODULE
    $emulator = $null
    try {
        $emulator = Start-IcuEmulator -Configuration $Configuration -NoBuild -IgnoreEnvironment
        Write-Host "    emulator at $($emulator.BaseUri)" -ForegroundColor DarkGray

        # The child process and its Pester tests inherit these: one emulator for every test file,
        # and the module just built.
        Export-IcuEmulatorEnvironment -Emulator $emulator
        $env:ICU_TEST_MODULE = $ModuleManifest

        $runPester = {
            param(
                [Parameter(Mandatory)] [string] $TestPath,
                [Parameter(Mandatory)] [string] $ResultPath,
                [Parameter(Mandatory)] [string] $PesterVersion
            )

            $ErrorActionPreference = 'Stop'
            Import-Module Pester -RequiredVersion $PesterVersion

            $configuration = New-PesterConfiguration
            $configuration.Run.Path = $TestPath
            $configuration.Run.PassThru = $true
            $configuration.Output.Verbosity = 'Detailed'
            $configuration.TestResult.Enabled = $true
            $configuration.TestResult.OutputFormat = 'NUnitXml'
            $configuration.TestResult.OutputPath = $ResultPath

            $result = Invoke-Pester -Configuration $configuration
            Write-Host ('Pester: {0} passed, {1} failed, {2} skipped, {3} not run; containers failed: {4}' -f
                $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.NotRunCount, $result.FailedContainersCount)
            if ($result.Result -ne 'Passed') {
                exit 1
            }

            exit 0
        }

        Invoke-ChildPwsh -Name 'run-pester' -ScriptBlock $runPester -ArgumentList @(
            '-TestPath', $PesterDirectory
            '-ResultPath', (Join-Path $TestResultsDirectory 'pester.xml')
            '-PesterVersion', $PesterVersion
        )
    }
    finally {
        Stop-IcuEmulator -Emulator $emulator
        [Environment]::SetEnvironmentVariable('ICU_TEST_EMULATOR', $savedEmulatorVariable)
        [Environment]::SetEnvironmentVariable('ICU_TEST_MODULE', $savedModuleVariable)
    }
}

function Invoke-PackageTask {
    Invoke-BuildTask 'Release'

    Write-Step 'Package (PSResourceGet, local repository)'
    Import-Module Microsoft.PowerShell.PSResourceGet
    if (Test-Path -LiteralPath $PackageDirectory) {
        Remove-Item -LiteralPath $PackageDirectory -Recurse -Force
    }

    $null = New-Item -ItemType Directory -Path $PackageDirectory -Force
    $repository = 'IntervalsIcuBuild' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    $installDirectory = Join-Path ([System.IO.Path]::GetTempPath()) $repository
    Register-PSResourceRepository -Name $repository -Uri $PackageDirectory -Trusted
    try {
        Publish-PSResource -Path $ModuleDirectory -Repository $repository
        $package = Get-ChildItem -LiteralPath $PackageDirectory -Filter '*.nupkg' | Select-Object -First 1
        if (-not $package) {
            throw "Publish-PSResource made no .nupkg in $PackageDirectory."
        }

        Write-Host "    $($package.FullName)" -ForegroundColor DarkGray

        $null = New-Item -ItemType Directory -Path $installDirectory -Force
        Save-PSResource -Name 'IntervalsIcu' -Repository $repository -Path $installDirectory -TrustRepository -Quiet
        $manifest = Get-ChildItem -LiteralPath $installDirectory -Filter 'IntervalsIcu.psd1' -Recurse | Select-Object -First 1
        if (-not $manifest) {
            throw "Installing the package into $installDirectory gave no IntervalsIcu.psd1."
        }

        $checkPackage = {
            param([Parameter(Mandatory)] [string] $ManifestPath)

            $ErrorActionPreference = 'Stop'
            Import-Module $ManifestPath
            $commands = @(Get-Command -Module IntervalsIcu)
            $commands | Format-Table -Property CommandType, Name, Version -AutoSize | Out-String -Width 120 | Write-Host
            if ($commands.Count -eq 0) {
                Write-Host 'The installed package exports no command.'
                exit 1
            }

            exit 0
        }

        Invoke-ChildPwsh -Name 'check-package' -ScriptBlock $checkPackage -ArgumentList @('-ManifestPath', $manifest.FullName)
    }
    finally {
        Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue
        Remove-Item -LiteralPath $installDirectory -Recurse -Force -ErrorAction SilentlyContinue
    }
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
