namespace MuscleSpasmInfo.Content.Search;

/// <summary>Why a search ran no query, so a page can tell the reader instead of showing an empty list.</summary>
public enum SearchProblem
{
    /// <summary>The query ran; the hits (maybe none) are the answer.</summary>
    None,

    /// <summary>The query was empty or only whitespace.</summary>
    Empty,

    /// <summary>The query was longer than <see cref="SearchService.MaxQueryLength"/> characters and was not run.</summary>
    TooLong,
}
