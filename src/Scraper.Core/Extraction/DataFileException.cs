namespace Scraper.Extraction;

/// <summary>Thrown once at start-up when shipped data files are broken: the extractor cannot run without them.</summary>
public sealed class DataFileException : Exception
{
    public DataFileException(IReadOnlyList<DataFileError> errors)
        : base("Invalid data files:" + Environment.NewLine + string.Join(Environment.NewLine, errors)) => Errors = errors;

    public DataFileException()
        : this([])
    {
    }

    public DataFileException(string message)
        : base(message) => Errors = [];

    public DataFileException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<DataFileError> Errors { get; }
}
