namespace Wgec.Cli;

/// <summary>The tool's exit codes, the same for every verb.</summary>
internal static class ExitCodes
{
    /// <summary>The verb did its job.</summary>
    public const int Success = 0;

    /// <summary>The input is not valid JSON, the dossier fails validation, or a response stream holds bad records.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong: unknown verb, option or value.</summary>
    public const int Usage = 2;

    /// <summary>A file was not found or could not be read or written.</summary>
    public const int FileError = 3;
}
