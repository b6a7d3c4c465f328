using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Tests.Checks;

public sealed class ReadingGradeTests
{
    [Fact]
    public void Short_sentences_of_short_words_score_a_low_grade()
    {
        var grade = ReadingGrade.Of("The cat sat on the mat. It was a big cat.");

        Assert.NotNull(grade);
        Assert.InRange(grade.Value, -4, 2);
    }

    [Fact]
    public void The_grade_follows_the_flesch_kincaid_formula()
    {
        // 10 words, 2 sentences, 11 syllables ("water" has two): 0.39 × 10/2 + 11.8 × 11/10 − 15.59.
        var grade = ReadingGrade.Of("The cat sat on water. A dog ran to it!");

        Assert.NotNull(grade);
        Assert.Equal((0.39 * 10 / 2) + (11.8 * 11 / 10) - 15.59, grade.Value, precision: 6);
    }

    [Fact]
    public void Long_sentences_of_long_words_score_a_high_grade()
    {
        var grade = ReadingGrade.Of(
            "Pharmacological interventions targeting neuromuscular hyperexcitability, particularly anticonvulsant medications " +
            "and electrolyte supplementation, demonstrate inconsistent effectiveness across heterogeneous populations experiencing " +
            "idiopathic nocturnal musculoskeletal contractions.");

        Assert.True(grade > 20, $"grade was {grade}");
    }

    [Fact]
    public void Lines_without_a_full_stop_count_as_sentences()
    {
        var asLines = ReadingGrade.Of("Causes\nSleep\nDiet\nExercise");
        var asOne = ReadingGrade.Of("Causes sleep diet exercise");

        Assert.True(asLines < asOne);
    }

    [Fact]
    public void Text_without_words_has_no_grade()
    {
        Assert.Null(ReadingGrade.Of(""));
        Assert.Null(ReadingGrade.Of("123 ... 456 !"));
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("muscle", 2)]
    [InlineData("cramp", 1)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("exercise", 3)]
    [InlineData("the", 1)]
    [InlineData("rhythm", 1)]
    public void Syllables_are_estimated_from_vowel_groups(string word, int syllables)
    {
        Assert.Equal(syllables, ReadingGrade.Syllables(word));
    }
}
