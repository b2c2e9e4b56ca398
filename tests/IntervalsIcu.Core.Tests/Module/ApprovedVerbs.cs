namespace IntervalsIcu.Core.Tests.Module;

/// <summary>
/// PowerShell's approved verbs (Get-Verb in PowerShell 7.4), by group, and the verbs whose cmdlets change
/// data and so must support -WhatIf/-Confirm. Kept here on purpose: the test states the contract.
/// </summary>
internal static class ApprovedVerbs
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        // Common
        "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New",
        "Open", "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set",
        "Show", "Skip", "Split", "Step", "Switch", "Undo", "Unlock", "Watch",

        // Communications
        "Connect", "Disconnect", "Read", "Receive", "Send", "Write",

        // Data
        "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit",
        "Expand", "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore",
        "Save", "Sync", "Unpublish", "Update",

        // Diagnostic
        "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace",

        // Lifecycle
        "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke",
        "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait",

        // Security
        "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect",

        // Other
        "Use",
    };

    /// <summary>
    /// Verbs that create, change or delete data on the server or elsewhere. Connect and Disconnect are left
    /// out on purpose: they only open and forget a session of this runspace.
    /// </summary>
    public static readonly IReadOnlySet<string> ChangeData = new HashSet<string>(StringComparer.Ordinal)
    {
        "Add", "Clear", "Copy", "Edit", "Import", "Initialize", "Merge", "Move", "New", "Publish", "Register", "Remove",
        "Rename", "Reset", "Restore", "Save", "Send", "Set", "Submit", "Sync", "Unpublish", "Unregister", "Update", "Write",
        "Approve", "Deny", "Deploy", "Disable", "Enable", "Install", "Uninstall", "Lock", "Unlock",
        "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect",
    };
}
