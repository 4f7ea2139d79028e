package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a message asks, read as a person would: the intent from example messages, typos corrected from the
 * documents' own words, follow-ups that keep role and topic, and pay answers that give only what was asked.
 */
class UnderstandingTests {

    private final Advisor advisor = SharedIndex.advisor();

    private Answer ask(String conversationId, String message) {
        return advisor.ask(new AdvisorRequest(conversationId, message, "test"));
    }

    private static String firstLine(Answer answer) {
        return answer.answer().lines().findFirst().orElse("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I'm in HR. List the requirements we should put in a posting for an ML Data Architect.  | question
            How do I become an AI research manager?                                                 | career_path
            how do I keep my skills current as an ML architect?                                     | question
            which topics should I revise for an AI research engineer interview?                     | question
            I know Python, SQL and Spark and did 3 years of ETL. Which role suits me?               | skills_gap
            research scientist vs research engineer                                                 | compare
            write a job ad for our ML data architect opening                                        | job_posting
            ml architect?                                                                           | overview
            what's the weather in Paris tomorrow?                                                   | out_of_scope
            """)
    void theKindOfAnswerFollowsWhatIsAsked(String message, String intent) {
        assertThat(ask(null, message).intent().wireName()).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hey so I've been reading a lot on linkedin lately, my cousin at a bank keeps saying their team hired an 'AI/ML architect' last month and it's a big deal, I nodded along at dinner but I have no clue. what is that role about? | overview
            what does a VP of AI quality engineering do all day                                            | overview
            I work in HR at a bank - which industries hire ml data architects the most?                    | question
            how does an ai research engineer differ from an ml data architect                              | compare
            i'm a java dev thinking about switching. what's the base for ml architects?                     | salary
            im a data analyst w/ a stats msc. what am i missing for ml architect?                          | skills_gap
            which roles do you know about?                                                                 | smalltalk
            """)
    void aStoryBeforeTheQuestionOrAStrayCueWordDoesNotDecideTheAnswer(String message, String intent) {
        assertThat(ask(null, message).intent().wireName()).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            is a PhD required to be an ML data architect?                   | **No**, it is not required:  | Bachelor's
            is a masters enough for the AI research scientist job?          | **No** -                      | Ph.D.
            Is a PhD the only degree accepted for the AI research manager role? | **No** -                  | Master's or Ph.D.
            is a bachelor's enough to become an ml data architect?          | **Yes** -                     | Bachelor's
            """)
    void aDegreeQuestionComparesTheDegreeAskedWithTheLowestOneRequired(
            String question, String verdict, String requirement) {
        String first = firstLine(ask(null, question));
        assertThat(first).startsWith(verdict).contains(requirement);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Doctorate in statistics, four years as a research scientist, lots of papers, never had direct reports. I'd like to run a research group one day - which of your roles fits and what am I missing? | AI Research Manager   | Leadership experience
            MSc in computer science, strong maths and Python, one workshop paper. I'd love to do fundamental research on new algorithms - closest role and gaps?                                      | AI Research Scientist | Ph.D.
            """)
    void aFitFollowsWhatThePersonWantsAndNamesTheDegreeTheyLack(String message, String role, String gap) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstLine(answer)).contains("Closest fit: " + role).contains("most like what you want");
        assertThat(answer.answer()
                        .substring(
                                0,
                                answer.answer().indexOf("Next closest") < 0
                                        ? answer.answer().length()
                                        : answer.answer().indexOf("Next closest")))
                .contains(gap);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            roughly how much equity does my supervisor Omar have?                         | out_of_scope
            is Helga from the platform team off sick again? what's wrong with her          | out_of_scope
            what does the data architect in our team take home, he seems overpaid          | out_of_scope
            my uncle is an ML data architect, what does that role earn on average?         | salary
            my sister asked me which cloud platforms ML data architects use, what do I tell her | question
            my dad asked me how much an ML data architect makes, what do I tell him?          | salary
            My manager wants me to become an ML data architect, what would I make?             | career_path
            is my boss paid more than me? he's an ML architect                                 | out_of_scope
            Could you tell me whether Lukas, the research engineer who interviewed me last week, is single? | out_of_scope
            is Dr. Weber from our data team single?                                            | out_of_scope
            I'd like to know the bonus of the VP at our company                                | out_of_scope
            salary of the research scientist who sits next to me?                              | out_of_scope
            how much does priya make                                                           | out_of_scope
            what would an ML data architect at our company earn?                               | salary
            """)
    void aParticularPersonsPrivateMattersAreRefusedAndTheRoleInGeneralIsNot(String message, String intent) {
        Answer answer = ask(null, message);

        assertThat(answer.intent().wireName()).isEqualTo(intent);
        assertThat(answer.grounded()).isEqualTo(!intent.equals("out_of_scope"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            what's the hourly rate for an ml data architect?       | no pay figures per hour              | $138,000
            entry level salary for ml architects?                  | no pay figures for entry-level roles | $138,000
            ml architect salary in latin america                   | no pay figures for Latin America     | $171,000
            """)
    void aPayScopeTheDocumentsLackIsSaidPlainly(String question, String said, String nearest) {
        Answer answer = ask(null, question);

        assertThat(answer.grounded()).isFalse();
        assertThat(firstLine(answer)).contains(said);
        assertThat(answer.answer()).contains(nearest, "US dollars per year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ok cool, thank you so much!!            | You're welcome
            good night                              | Goodbye
            lol ok                                  | You're welcome
            morning! how's it going                 | Hello
            Hi! I'm Maria, nice to meet you         | Hello
            are you a real person?                  | I answer career questions
            anyone home?                            | I answer career questions
            I have a question                       | I answer career questions
            """)
    void smallTalkGetsAFriendlyReplyNotARefusal(String message, String reply) {
        Answer answer = ask(null, message);

        assertThat(answer.intent().wireName()).isEqualTo("smalltalk");
        assertThat(answer.answer()).contains(reply);
    }

    @Test
    void anAmountAskedAboutIsPlacedAgainstTheDocumentsRanges() {
        Answer answer = ask(null, "I got an offer of $350,000 total for an ML architect job, is that fair?");

        assertThat(firstLine(answer))
                .startsWith("**Yes: $350,000 is inside the total compensation range ($234,000 to $797,000)");
        assertThat(firstLine(ask(null, "got an offer of $200k for an ML architect job, is that fair?")))
                .contains("below the total compensation range ($234,000 to $797,000)")
                .contains("inside the base salary range ($138,000 to $314,000)");
        assertThat(answer.grounded()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Does a PhD make the pay higher for ML data architects?                  | **What moves the pay
            does the industry affect ML architect pay?                              | **Yes.** **What moves the pay
            Do ML data architects with a graduate degree earn more?                 | **Average: $393,000**
            I start in a week, what's the ML data architect salary?                 | **Average: $393,000**
            Would just a master's be accepted for the AI research manager role?     | **Yes** -
            Is a PhD enough for the ML data architect role, or do I need experience too? | **Yes** -
            """)
    void aVerdictOrAScopeIsGivenOnlyWhenTheQuestionAsksIt(String question, String firstLineStart) {
        assertThat(firstLine(ask(null, question))).startsWith(firstLineStart);
    }

    @Test
    void aSkillThePersonLovesIsOneTheyHave() {
        Answer answer = ask(null, "I love Python and Spark - which role fits me?");

        assertThat(firstLine(answer))
                .contains("You already have what it asks for in")
                .contains("Python");
    }

    @Test
    void anHrRequestForRequirementsIsNeverReadAsASkillsGap() {
        Answer answer =
                ask(null, "I'm in HR. List the requirements we should put in a posting for an ML Data Architect.");

        assertThat(answer.answer()).doesNotContain("of 40", "Your profile", "Closest fit");
        assertThat(answer.grounded()).isTrue();
    }

    @Test
    void typosAreCorrectedFromTheDocumentsOwnWords() {
        Spelling spelling =
                Spelling.of(List.of("Machine Learning Data Architect salary bonuses research scientist"), Map.of());

        assertThat(spelling.correct("machin lerning architec salery")).isEqualTo("machine learning architect salary");
        assertThat(spelling.correct("reserch scientst bonuss")).isEqualTo("research scientist bonuses");
        assertThat(spelling.correct("visa for a chef")).isEqualTo("visa for a chef");
    }

    @Test
    void anotherFormOfAKnownWordIsLeftAsTyped() {
        Spelling spelling = Spelling.of(List.of("research fundamentals and technical skills"), Map.of());

        assertThat(spelling.correct("fundamental research")).isEqualTo("fundamental research");
    }

    @Test
    void aMisspeltPayQuestionStillGetsPay() {
        Answer answer = ask(null, "basic salery for ML architects?");

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).contains("Base salary: $138,000 to $314,000");
        assertThat(answer.answer()).doesNotContain("$393,000", "$534,000", "$713,000");
    }

    @Test
    void aPayQuestionGivesOnlyTheFiguresAsked() {
        Answer bonus = ask(null, "what bonuses do ml data architects get?");
        Answer top = ask(null, "what do the top 10% of ML architects earn in the US?");

        assertThat(firstLine(bonus)).contains("$15,000 to $78,000");
        assertThat(bonus.answer()).doesNotContain("$534,000", "$393,000");
        assertThat(firstLine(top)).contains("$713,000");
        assertThat(top.answer()).doesNotContain("$372,900", "$534,000");
        assertThat(top.answer()).contains("2024");
    }

    @Test
    void aRegionOrYearTheDocumentsLackIsSaidPlainlyWithTheNearestFigures() {
        Answer answer = ask(null, "ml architect salary in germany in 2025?");

        assertThat(firstLine(answer)).contains("no pay figures for Germany or 2025");
        assertThat(answer.answer()).contains("$393,000", "Global median: $171,000", "2024");
        assertThat(answer.answer()).doesNotContain("€");
        assertThat(answer.grounded()).isFalse();
    }

    @Test
    void whatMovesPayIsAnsweredFromTheFactorsList() {
        Answer answer = ask(null, "what affects ML architect pay?");

        assertThat(answer.answer()).contains("Level of experience", "Silicon Valley", "Industry sector");
        assertThat(answer.answer()).doesNotContain("$393,000");
    }

    @Test
    void aNamedPersonsPayIsRefusedPolitely() {
        Answer answer = ask(null, "What does my teammate Sara earn? She is an ML data architect here.");

        assertThat(answer.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(answer.answer()).contains("personal data").doesNotContain("$");
    }

    @Test
    void aPayFollowUpKeepsThePayTopicForTheComparisonAsked() {
        ask("pay-follow-up", "what do ML architects earn?");
        Answer answer = ask("pay-follow-up", "and plain data architects?");

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(answer.answer()).contains("$189,122").doesNotContain("$713,000");
    }

    @Test
    void aFollowUpNamingAnotherRoleKeepsTheRequest() {
        ask("path-follow-up", "how do I become an ML data architect?");
        Answer answer = ask("path-follow-up", "and the research scientist?");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        assertThat(answer.roles()).containsExactly("AI Research Scientist");
    }

    @Test
    void aDoctorateQuestionOpensWithYes() {
        Answer answer = ask(null, "Is a doctorate needed to work as an AI research scientist?");

        assertThat(firstLine(answer)).startsWith("**Yes");
    }

    @Test
    void aFitQuestionNamesTheClosestRoleAndWhatIsMissingWithoutScores() {
        Answer answer = ask(
                null,
                "data scientist, good with tensorflow and stats, never done data modeling or ETL, "
                        + "want to move into ML data architecture. fit?");

        assertThat(firstLine(answer)).contains("Closest fit: Machine Learning Data Architect");
        assertThat(answer.answer())
                .contains("What is missing", "Data modeling")
                .doesNotContain(" of 40", "Your profile");
    }

    @Test
    void aCareerPathStartsFromWhereThePersonIs() {
        Answer answer = ask(null, "how do I get from data analyst to ML data architect?");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        assertThat(firstLine(answer))
                .startsWith("**From data analyst to Machine Learning Data Architect**")
                .contains("data analysis position");
        assertThat(answer.answer()).contains("1. Build 3-5 years of experience, then move into a data architect role");
    }

    @Test
    void aYesNoPayQuestionOpensWithTheVerdict() {
        assertThat(firstLine(ask(null, "is ML architect total comp only base salary?")))
                .startsWith("**No.**");
        assertThat(firstLine(ask(null, "do ML architects get paid more than plain data architects?")))
                .startsWith("**Yes.**");
        assertThat(firstLine(ask(null, "is the global top 10% for ml architects over 400k?")))
                .startsWith("**No.**");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What do ML architects make in Palo Alto?                              | salary
            My manager Sam wants to know what ML architects earn                  | salary
            what does my coworker tom the research engineer make? he wont tell me | out_of_scope
            What's the salary of my coworker Sara? she's an AI research engineer  | out_of_scope
            our previous ML architect left last month. what was she earning?      | out_of_scope
            """)
    void personalDataIsRefusedAndOrdinaryPayQuestionsAreNot(String message, String intent) {
        assertThat(ask(null, message).intent().wireName()).isEqualTo(intent);
    }

    @Test
    void placesAndCurrenciesTheDocumentsLackAreNamedAndOtherWordsAreNot() {
        assertThat(firstLine(ask(null, "ml architect salary london in pounds pls")))
                .contains("no pay figures for London or in pounds");
        assertThat(firstLine(ask(null, "what do ML architects earn in their first year?")))
                .doesNotContain("no pay figures");
        assertThat(firstLine(ask(null, "is an ML architect's base salary over 300k?")))
                .startsWith("**Only at the top of the range.**");
    }

    @Test
    void aQuestionCostsOneQueryEmbeddingForItsIntentAndItsSearch() {
        java.util.concurrent.atomic.AtomicInteger embedded = new java.util.concurrent.atomic.AtomicInteger();
        dev.langchain4j.model.embedding.EmbeddingModel counting = new dev.langchain4j.model.embedding.EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                embedded.addAndGet(segments.size());
                return SharedIndex.model().embedAll(segments);
            }
        };
        var retrieval = org.careeradvisor.retrieval.RetrievalProperties.defaults();
        var holder = org.careeradvisor.retrieval.SearchIndexHolder.standalone(
                org.careeradvisor.knowledge.KnowledgeProperties.of(
                        Map.of("dir", "knowledge", "cache-dir", SharedIndex.CACHE_DIR)),
                retrieval,
                counting);
        holder.rebuild();
        Advisor counted = AdvisorFactory.create(
                holder,
                new org.careeradvisor.conversation.InMemoryConversationMemory(
                        org.careeradvisor.conversation.ConversationProperties.defaults()),
                SharedIndex.vocabulary(),
                retrieval,
                null);
        embedded.set(0);

        Answer answer = counted.ask(
                new AdvisorRequest(null, "which cloud providers should an ML data architect know?", "test"));

        assertThat(answer.answer()).contains("AWS, Azure, Google Cloud");
        assertThat(embedded.get()).isEqualTo(1);
    }

    @Test
    void everyIntentTheDocumentsAnswerHasOneCapability() {
        QuestionWords words =
                new QuestionWords(new org.careeradvisor.retrieval.TermAnalyzer(), SharedIndex.vocabulary());
        Capabilities capabilities = new AdvisorConfiguration()
                .capabilities(
                        SharedIndex.vocabulary(),
                        SkillVocabulary.load(),
                        new SuggestionGenerator(SharedIndex.vocabulary()),
                        new GroundingPolicy(
                                org.careeradvisor.retrieval.RetrievalProperties.defaults(), SharedIndex.vocabulary()),
                        new StatementAnswerComposer(words, SharedIndex.vocabulary(), 0.7),
                        words);
        for (Intent intent : Intent.values()) {
            if (intent.isCapability()) {
                assertThat(capabilities.of(intent).intent()).isEqualTo(intent);
            } else {
                assertThatThrownBy(() -> capabilities.of(intent)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void topicsAreTypedAndStoredByTheirWireName() {
        assertThat(TopicId.fromWireName("soft-skills")).contains(TopicId.SOFT_SKILLS);
        assertThat(TopicId.fromWireName("holidays")).isEmpty();
        for (TopicId id : TopicId.values()) {
            assertThat(SharedIndex.vocabulary().topic(id).id()).isEqualTo(id);
        }
    }

    @Test
    void oddInputGetsAPoliteReply() {
        for (String message : List.of("🙂", "x".repeat(2000), "was kostet ein ML architect in Berlin?")) {
            Answer answer = ask(null, message);
            assertThat(answer.answer()).isNotBlank();
        }
    }

    @Test
    void aDeployersExamplesAreAddedAndBadOnesRefusedWithTheFileNamed(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("intents.yml");
        Files.writeString(extra, "salary:\n  - \"what's the damage for an ML architect\"\n");
        IntentExamples examples = IntentExamples.load(new IntentProperties(extra.toString()));
        assertThat(examples.byIntent().get(Intent.SALARY)).contains("what's the damage for an ML architect");

        Files.writeString(extra, "salaries:\n  - \"pay?\"\n");
        assertThatThrownBy(() -> IntentExamples.load(new IntentProperties(extra.toString())))
                .hasMessageContaining(extra.toString())
                .hasMessageContaining("unknown intent 'salaries'");
    }

    @Test
    void aFactorTheDocumentNamesIsAnsweredFromItsFactorList() {
        Answer industry = ask(null, "does the industry matter for ML architect pay? finance vs healthcare");
        assertThat(firstLine(industry)).startsWith("**Yes.**").contains("What moves the pay");
        assertThat(industry.answer()).contains("Industry sector").doesNotContain("$393,000");

        Answer place = ask(null, "does working in the US vs Europe change ML architect pay much?");
        assertThat(firstLine(place)).startsWith("**Yes.**");
        assertThat(place.answer())
                .contains("Location, with pay higher in tech hubs")
                .contains("no pay figures for Europe")
                .contains("$171,000");
    }

    @Test
    void aMissingScopeSaysSoBeforeTheNearestFiguresAndTheirScope() {
        Answer answer = ask(null, "what does an ML data architect earn in Germany?");
        assertThat(firstLine(answer))
                .contains("no pay figures for Germany")
                .contains("Here are the nearest figures it has: its worldwide ones, then the US average");
        assertThat(answer.answer())
                .contains("$393,000")
                .contains("Global median: $171,000")
                .contains("2024")
                .doesNotContain("$713,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            can i become an AI research manager without any leadership experience? | **No** - the document asks for it | 2+ years
            can I get into ML data architecture without knowing SQL?              | **No** - the document asks for it | SQL
            can I be an ML data architect without a master's?                     | **Yes**, it is not required       | strong advantage
            """)
    void withoutSomethingOpensWithWhetherTheDocumentAsksForIt(String question, String verdict, String fact) {
        String first = firstLine(ask(null, question));
        assertThat(first).startsWith(verdict).contains(fact);
    }

    @Test
    void forThatRefersBackToTheRoleDiscussed() {
        ask("for-that", "what does a VP of AI quality engineering actually do?");
        Answer answer = ask("for-that", "what kind of companies hire for that? any examples");
        assertThat(answer.answer())
                .contains("Intuit")
                .contains("BlackRock")
                .doesNotContain("Machine Learning Data Architect");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            does Raj on my team earn more than me? we're both ML data architects | a Machine Learning Data Architect
            what's the salary of the ML architect we hired last month            | a Machine Learning Data Architect
            My sister is an AI research scientist at Google. What does she earn?  | an AI Research Scientist
            """)
    void onePersonsPayIsDeclinedWithTheRolesPayInGeneralOffered(String question, String role) {
        Answer answer = ask(null, question);
        assertThat(answer.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(answer.answer())
                .contains("personal data")
                .contains("*what does " + role + " earn?*")
                .doesNotContain("$")
                .doesNotContain("I can help with these roles");
    }

    @Test
    void theRolesPayInGeneralIsStillAnsweredWhenAskedAboutOnesCompany() {
        Answer answer = ask(null, "what do ML data architects at my company get paid? I'm asking for HR benchmarking");
        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(answer.answer()).contains("$393,000");
    }

    /** The first line of the "What is missing" list of a fit answer. */
    private static String firstGap(Answer answer) {
        String text = answer.answer();
        int list = text.indexOf("**What is missing**");
        assertThat(list).as("a list of what is missing in: %s", text).isNotNegative();
        return text.substring(list)
                .lines()
                .filter(line -> line.startsWith("- "))
                .findFirst()
                .orElse("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Oracle DBA for 10 years, strong in data modeling and SQL tuning. I want to design the data architecture behind ML systems. Our company never moved to the cloud. What role and what gap? | Cloud platforms: AWS
            Data scientist, I build models in notebooks all day. I want to own the data pipelines that feed ML instead. Which role and which skill do I lack?                                          | ETL tools
            Mobile developer, 6 years. I want to work on building AI models hands-on, but I skipped every stats and probability class I could. Role and gap?                                           | mathematics and statistics
            """)
    void aFitListsFirstWhatThePersonSaysTheyLackOrTheirWishNeeds(String message, String gap) {
        Answer answer = ask(null, message);
        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstGap(answer)).contains(gap);
    }

    @Test
    void aFitWithOnlyAWishSaysWhatWasReadFromIt() {
        Answer answer = ask(
                null,
                "junior dev. i want to be the person who designs data architecture for AI. which role and what am i short on");
        assertThat(answer.answer())
                .contains("Read from your messages: no skills yet, what you want (")
                .doesNotContain("Read from your messages: .");
    }

    @Test
    void yearsOfExperienceAreReadWithoutAJobAfterThem() {
        assertThat(SkillsGapAdvisor.experience("junior dev, 1 year out of uni with a CS degree"))
                .containsExactly("1 years of experience");
        assertThat(SkillsGapAdvisor.experience("8 yrs leading teams, strong on APIs"))
                .containsExactly("8 years of experience");
        assertThat(SkillsGapAdvisor.experience("2 years as data analyst, then"))
                .containsExactly("2 years as data analyst");
    }

    @Test
    void whatThePersonWantsComesBeforeWhatTheyLikeDoingNow() {
        assertThat(SkillsGapAdvisor.aspirations(
                        "I love shipping features to users. I want to work on building AI models hands-on"))
                .containsExactly("work on building AI models hands-on", "shipping features to users");
        assertThat(SkillsGapAdvisor.aspirations("want an AI leadership role - which one?"))
                .containsExactly("AI leadership role");
    }

    @Test
    void aFigureTheRoleLacksIsSaidToBeLackingNotAnsweredWithAnother() {
        Answer median = ask(null, "what's the median ML architect salary?");
        assertThat(firstLine(median)).contains("gives no median for the role itself");
        assertThat(median.answer()).contains("Global median: $171,000").contains("Median salary (US): $154,889");

        Answer globalTop = ask(null, "how much do ML architects make globally at the top?");
        assertThat(firstLine(globalTop))
                .contains("Global top 10%: up to $372,900")
                .doesNotContain("US market");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I'm a data analyst - how do I get to ML data architect?                          | From data analyst to Machine Learning Data Architect
            currently a software engineer, what's the path to becoming an AI research manager? | From software engineer to AI Research Manager
            as a QA tester, how do I become an AI quality engineering VP?                     | From QA tester to AI Quality Engineering VP
            """)
    void aCareerPathStartsWhereThePersonSaysTheyAre(String question, String lead) {
        assertThat(firstLine(ask(null, question))).startsWith("**" + lead + "**");
    }

    @Test
    void howLongIsAnsweredWithTheYearsTheDocumentNamesFirst() {
        ask("how-long", "how do I become an ML data architect?");
        Answer answer = ask("how-long", "how long does that take?");
        assertThat(firstLine(answer))
                .startsWith("The document gives no total time; the step it names years for: **3-5 years**")
                .contains("then move into a data architect role");

        Answer scratch = ask(null, "how many years does it take to become an ML data architect from scratch?");
        assertThat(scratch.answer())
                .contains(
                        "**From scratch to Machine Learning Data Architect**: the document's path, from its first step")
                .doesNotContain("does not name scratch");
    }

    @Test
    void aFollowUpThatOnlyNamesAPlaceKeepsTheFiguresAskedBefore() {
        ask("base-europe", "what's the base salary for ML architects?");
        Answer answer = ask("base-europe", "and in Europe?");
        assertThat(firstLine(answer)).contains("no pay figures for Europe");
        assertThat(answer.answer())
                .contains("Base salary: $138,000 to $314,000")
                .doesNotContain("$797,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            salary of a senior ML data architect?                 | no pay figures by seniority
            what does a principal ML architect make at Meta?      | no pay figures by seniority or at Meta
            what do ML architects earn in the UK?                 | no pay figures for the UK
            how much will ML architects make in five years?       | no pay figures for five years from now
            what will ML architects earn next year?               | no pay figures for next year
            """)
    void aSeniorityCompanyOrLaterYearTheDocumentsLackIsSaidPlainly(String question, String said) {
        Answer answer = ask(null, question);
        assertThat(firstLine(answer)).contains(said);
        assertThat(answer.answer()).contains("$393,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is $200k normal for an ML architect in Seattle?                         | $200,000 is
            Do ML architects earn more than $300k in total?                         | $393,000
            """)
    void anAmountAskedAboutIsPlacedAgainstTheFiguresNotAnsweredWithTheFactors(String question, String said) {
        Answer answer = ask(null, question);
        assertThat(answer.answer()).contains(said).doesNotContain("What moves the pay");
    }

    @Test
    void aPlaceInsideTheUsGetsTheUsFiguresAsTheNearestNotTheWorldwideOnes() {
        Answer answer = ask(null, "how much do ML architects make in Seattle?");
        assertThat(firstLine(answer)).contains("no pay figures for Seattle");
        assertThat(answer.answer()).contains("$393,000").doesNotContain("Global");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            how much does an ML architect with AWS skills earn?          | AWS
            I'm graduating next year - what do ML architects earn?        | next year
            I'm a senior data engineer - what would an ML architect earn? | seniority
            """)
    void aToolTheAskersOwnPlansOrLevelAreNotScopesTheDocumentsLack(String question, String notAScope) {
        Answer answer = ask(null, question);
        assertThat(firstLine(answer)).doesNotContain("no pay figures").doesNotContain(notAScope);
        assertThat(answer.answer()).contains("$393,000");
    }

    @Test
    void aFollowUpToTheFactorsAsksForTheFiguresThemselves() {
        ask("factors-then", "What affects ML architect pay?");
        Answer answer = ask("factors-then", "and how much is it?");
        assertThat(answer.answer()).contains("$393,000").doesNotContain("What moves the pay");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Can I become an AI research manager without a PhD? | **Yes**, it is one of alternatives
            Can I become an ML architect without a PhD?        | **Yes**, it is not required
            """)
    void withoutOneOfAlternativesOrAnAdvisedDegreeIsNotANo(String question, String verdict) {
        assertThat(firstLine(ask(null, question))).startsWith(verdict);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Does Coursera make sense for becoming an ML architect?
            Will Databricks certification make me more employable as an ML architect?
            Does my manager think ML architects make more than data architects?
            Would my partner and I make enough as ML architects?
            """)
    void aQuestionThatOnlyMentionsSomeoneOrACompanyIsAnswered(String question) {
        assertThat(ask(null, question).answer()).doesNotContain("personal data");
    }

    @Test
    void aPrivateQuestionThatIsNotAboutPayIsNotOfferedPayInstead() {
        Answer answer = ask(null, "is my manager married? she's an AI research manager");
        assertThat(answer.answer()).contains("personal data").doesNotContain("pays in general");
    }

    @Test
    void aDenialCoversTheWordsAfterItNotTheSkillsClaimedBeforeOrAfter() {
        Answer cloud = ask(null, "I'm good at Python and SQL and struggle with cloud. which role fits me?");
        assertThat(cloud.answer()).contains("You already have what it asks for in Python");
        assertThat(firstGap(cloud)).contains("Cloud platforms");

        assertThat(SkillsGapAdvisor.experience("I'm 25 years old and know Python"))
                .isEmpty();
        assertThat(SkillsGapAdvisor.experience("In 5 years I want to be an ML architect"))
                .isEmpty();
        assertThat(SkillsGapAdvisor.experience("Director of QA, 15 years in, I lead 60 people"))
                .containsExactly("15 years of experience");
    }

    @Test
    void whyTotalPayIsAboveTheBaseIsAnsweredWithWhatItIsMadeOf() {
        Answer answer = ask(null, "why is total comp for ML architects so much higher than their base salary?");
        assertThat(firstLine(answer))
                .contains("Stock options and bonuses often make up a large part of total compensation");
        assertThat(answer.answer())
                .contains("Stock options: $10,000 to $534,000")
                .contains("Bonuses: $15,000 to $78,000")
                .doesNotContain("What moves the pay");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            if i go fully remote from a small town will my ML architect pay drop
            my friend is an ML architect at a bank and earns way more than I do at a hospital doing the same job. is that normal??
            """)
    void aFactorNamedInOtherWordsIsAnsweredFromTheFactorList(String question) {
        Answer answer = ask(null, question);
        assertThat(answer.answer())
                .contains("What moves the pay")
                .contains("Location, with pay higher in tech hubs")
                .contains("Industry sector");
    }

    @Test
    void aPayFollowUpThatOnlyNamesAPlaceStaysOnPay() {
        ask("singapore", "what's the average total compensation for a machine learning architect in the US?");
        Answer answer = ask("singapore", "and what about in Singapore?");
        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).contains("no pay figures for Singapore");
        assertThat(answer.answer()).contains("Global median: $171,000");
    }

    @Test
    void whatsNextAfterACareerAnswerContinuesThePathFromWhereThePersonWillBe() {
        ask("next-step", "how do I become a machine learning data architect? I'm starting from zero");
        Answer answer = ask(
                "next-step", "ok and once I've got those years of experience and I'm a data architect, what's next?");
        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        assertThat(answer.answer())
                .contains("Specialise in integrating machine learning with data architecture")
                .contains("certifications");
    }

    @Test
    void aStudentsPathStartsAtTheFirstStepAndAnAgeIsNotASubject() {
        Answer student = ask(
                null,
                "first year CS student here. what are the steps to become a machine learning data "
                        + "architect and how long does it take?");
        assertThat(student.answer()).contains("from its first step").contains("Start in an entry-level");

        Answer age = ask(
                null,
                "My daughter is 17 and says she wants to be an AI Research Scientist. What degree does she need?");
        assertThat(age.grounded()).isTrue();
        assertThat(age.answer()).doesNotContain("says nothing about 17");
    }

    @Test
    void aSkillThatStopsShortIsDeniedAndTheSpellerLeavesTheWordsThatSaySo() {
        Answer answer = ask(
                null,
                "I did a PhD in computational linguistics and have ACL papers, but honestly my math stops "
                        + "at undergrad stats. I want to create new NLP algorithms at a research institute. Which role, and what am "
                        + "I lacking?");
        assertThat(answer.answer()).doesNotContain("You already have what it asks for in Mathematics");
        assertThat(firstGap(answer)).contains("advanced mathematics");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            is 1 year as a team lead enough leadership experience for an AI research manager role? | **No** -  | 2+ years
            are 3 years of leading a research team enough for the AI research manager job?          | **Yes** - | 2+ years
            Is job growth for data architects projected at 22%?                                    | **No** -  | 9% for Data Architects
            Is job growth for data architects projected at 9%?                                     | **Yes** - | 8-9%
            Can an ML architect's base salary go above $300k in the US?                            | **Yes, at the top of the range.** | $314,000
            """)
    void aNumberAYesNoQuestionAsksIsCheckedAgainstTheDocumentsOwnFigure(
            String question, String verdict, String figure) {
        assertThat(firstLine(ask(null, question))).startsWith(verdict).contains(figure);
    }

    @Test
    void theSentenceThatAsksDecidesWhetherTheDocumentsAnswerNotTheOneThatSetsTheScene() {
        Answer nephew = ask(
                null,
                "My nephew Tom starts as an AI research engineer next month. Which programming languages will he be "
                        + "expected to know?");
        assertThat(nephew.grounded()).isTrue();
        assertThat(nephew.answer()).contains("Python, Java and R").doesNotContain("says nothing about");
    }

    @Test
    void whyPayIsHighIsAnsweredWithTheDocumentsReasonsAlsoAsAFollowUp() {
        String conversation = "why-pay-" + System.nanoTime();
        ask(conversation, "What's the average total comp for an ML architect in the US?");
        Answer why = ask(conversation, "why is it that high?");
        assertThat(why.intent().wireName()).isEqualTo("salary");
        assertThat(why.answer())
                .contains("paid a premium over traditional data architecture positions")
                .contains("demand")
                .contains("Level of experience");
    }

    @Test
    void aJuniorsFirstYearPayIsTheBaseRangeNotTheTotalAndItsTopTenPercent() {
        Answer junior = ask(null, "How much does a junior ML architect make in their first year in the role?");
        assertThat(junior.grounded()).isFalse();
        assertThat(junior.answer())
                .contains("no pay figures for entry-level roles")
                .contains("$138,000 to $314,000")
                .doesNotContain("$713,000")
                .doesNotContain("$534,000");
    }

    @Test
    void aFitReadsAnUnfinishedDegreeAsNotHeldAndCountsTheYearsTheWayInAsksFor() {
        Answer dropout = ask(
                null,
                "I dropped out of my ML PhD 6 years ago and have worked as a software developer since. I want to get "
                        + "back into research as an AI research scientist. What do I need to do first?");
        assertThat(dropout.answer()).contains("**What is missing**").contains("A Ph.D. in computer science");

        Answer analyst = ask(
                null,
                "no degree, did a 6 month data science bootcamp, been a data analyst for 1 year (SQL, Tableau, a bit of "
                        + "python). long term i want to design the data architecture that ML systems run on. which role is "
                        + "that and what am i missing??");
        assertThat(analyst.answer())
                .startsWith("**Closest fit: Machine Learning Data Architect.**")
                .contains("Bachelor's degree")
                .contains("Build 3-5 years of experience");
    }

    @Test
    void whatExplainsAPayGapOrDecidesSomeonesPayIsAnsweredFromTheFactors() {
        Answer gap = ask(null, "How come one ML data architect earns $200k and another twice that? What explains it?");
        assertThat(gap.answer()).contains("What moves the pay").doesNotContain("personal data");

        Answer daughter = ask(
                null,
                "My daughter wants to become an ML data architect. What determines whether she lands at the high end "
                        + "of the salary range?");
        assertThat(daughter.intent().wireName()).isEqualTo("salary");
        assertThat(daughter.answer())
                .contains("What moves the pay of a Machine Learning Data Architect")
                .contains("Level of experience");
    }

    @Test
    void aRoleHeldWithAFitAskedRanksTheOtherRoles() {
        Answer held = ask(
                null,
                "I'm a lead AI research engineer. Lately I mostly manage research projects and mentor the juniors, "
                        + "and I like setting the research agenda. Where should I head next?");
        assertThat(held.intent().wireName()).isEqualTo("skills_gap");
        assertThat(held.answer()).startsWith("**Closest fit: AI Research Manager.**");
    }

    @Test
    void aPercentagePutIsCheckedAgainstTheFigureOfWhomItIsAsked() {
        Answer engineers = ask(null, "heard growth for machine learning engineers is projected at 22%, true?");
        assertThat(engineers.answer()).startsWith("**Yes**").contains("22% for Machine Learning Engineers");

        Answer architects = ask(null, "Is job growth for data architects projected at 22% too?");
        assertThat(architects.answer()).startsWith("**No**").contains("9%");
    }

    @Test
    void aCoworkerNamedInLowerCaseIsStillAPerson() {
        Answer coworker = ask(null, "whats my teammate priya's comp? shes an ai research engineer at our startup");
        assertThat(coworker.grounded()).isFalse();
        assertThat(coworker.answer()).contains("personal data").doesNotContain("$");
    }

    @Test
    void aYesNoCarriedOnWithoutAVerbIsOneQuestion() {
        Answer answer = ask(null, "do ai research scientists publish papers? and work with other teams?");
        assertThat(answer.answer()).startsWith("**Yes**");
    }

    @Test
    void aChildsWishAndTheRoleAskedForItGetTheRoleThatAnswersIt() {
        Answer answer = ask(
                null,
                "my daughter is in high school, great at maths, and dreams of doing AI research at a university one "
                        + "day. what job would that be and which degree would she need?");
        assertThat(answer.intent().wireName()).isEqualTo("skills_gap");
        assertThat(answer.answer())
                .startsWith("**Closest fit: AI Research Scientist.**")
                .contains("Ph.D.");
    }

    @Test
    void theAverageAskedBesideTheTopTenPercentIsGivenToo() {
        Answer answer = ask(null, "ml architect: mean total comp? + top 10%?");
        assertThat(answer.answer()).contains("$393,000").contains("$713,000").doesNotContain("$138,000");
        Answer companies = ask(null, "which cos hire a VP of AI quality engineering?");
        assertThat(companies.grounded()).isTrue();
    }

    @Test
    void aClosingLineWithFiguresOfItsOwnAnswersAsAFact() {
        Answer answer = ask(null, "what growth is projected for machine learning engineers up to 2030?");
        assertThat(answer.answer()).startsWith("**The outlook is good").contains("22% for Machine Learning Engineers");
    }

    @Test
    void aCareerChangeToldBeforeAPayQuestionIsAPayQuestion() {
        Answer answer = ask(
                null, "Changing careers at 45, so I'd be starting low. What would an entry-level ML architect earn?");
        assertThat(answer.intent().wireName()).isEqualTo("salary");
        assertThat(answer.answer())
                .contains("no pay figures for entry-level roles")
                .contains("$138,000");
    }

    @Test
    void aWorkCaredAboutIsAWishAndAPossessiveDataArchitectIsTheComparison() {
        Answer wish = ask(
                null,
                "12 years writing backend code. I care most about shipping models into real products, not theory. "
                        + "Which role?");
        assertThat(wish.answer()).startsWith("**Closest fit: AI Research Engineer.**");

        Answer compared = ask(null, "how does an ML architect's pay compare with a plain data architect's?");
        assertThat(compared.answer()).contains("$189,122");
    }

    @Test
    void theNewReadingsKeepToWhatTheySay() {
        // A person's pay asked first is refused, whatever is asked of pay after it.
        assertThat(ask(null, "My boss Sara makes how much? What determines her salary?")
                        .answer())
                .contains("personal data")
                .doesNotContain("$");
        // A job the documents mention yields to a role named beside it.
        assertThat(ask(null, "I'm a machine learning engineer, how do I become a research engineer?")
                        .answer())
                .contains("AI Research Engineer")
                .doesNotContain("Machine Learning Data Architect");
        // A degree of one's own is held, whatever is wished for it.
        assertThat(ask(null, "I want to use my PhD in physics for AI research. Which role fits?")
                        .answer())
                .contains("Your Ph.D. meets");
        // "explain" alone asks for no factors.
        assertThat(ask(null, "Can you explain how much the top 10% of ML architects make?")
                        .answer())
                .startsWith("**Top 10% earn more than $713,000**");
    }

    @Test
    void aDegreeWishedForIsNotReadAsHeld() {
        Answer wished = ask(
                null,
                "My daughter finished a statistics master's and is planning to do a PhD next year. She loves research "
                        + "and new algorithms. Which of your roles suits her?");
        assertThat(wished.answer()).doesNotContain("Your Ph.D. meets");
    }

    @Test
    void aWishAloneRanksTheRoles() {
        Answer answer = ask(
                null,
                "what role would let me own the quality and testing strategy for every AI product in a company, lead "
                        + "several engineering teams and sit with the exec team on AI and data strategy?");
        assertThat(answer.intent().wireName()).isEqualTo("skills_gap");
        assertThat(answer.answer()).startsWith("**Closest fit: AI Quality Engineering VP.**");
    }

    @Test
    void makingTheJumpToARoleIsACareerQuestion() {
        Answer answer = ask(
                null,
                "I'm a QA director at a bank. What do I need to make the jump to VP of AI and Quality Engineering?");
        assertThat(answer.intent().wireName()).isEqualTo("career_path");
        assertThat(answer.answer()).contains("Experience with cloud platforms and AI technologies");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We have an applicant with a bachelor's degree and strong research output. Is a bachelor's enough for the AI Research Manager role? | **No**
            Quick screening question: does the AI Research Scientist role require a PhD?                                                   | **Yes**
            ai research engineer - do they need calculus?                                                                                  | **Yes**
            Is a Ph.D. expected for AI Research Scientist roles?                                                                           | **Yes**
            """)
    void aYesNoQuestionAfterTheSceneItSetsStillOpensWithTheVerdict(String question, String verdict) {
        Answer answer = ask(null, question);
        assertThat(answer.grounded()).isTrue();
        assertThat(firstLine(answer)).startsWith(verdict);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            we are hiring a research scientist, can you write the job ad                        | job_posting
            Hi, HR here. Need a vacancy text for AI Research Manager, LinkedIn format, max 300 words. | job_posting
            is dr chen ok to keep leading the ai research team? heard she was in hospital last month, whats wrong with her | out_of_scope
            i love publishing papers and exploring theory, dont want to manage anyone. which ai job is that | skills_gap
            I'm a data analyst, 2 years of SQL and dashboards. How long until I could realistically be an ML data architect, and in what order should I do things? | career_path
            """)
    void aRequestAHealthQuestionAnUnwantedWishAndATimelineAreReadAsMeant(String message, String intent) {
        assertThat(ask(null, message).intent().wireName()).isEqualTo(intent);
    }

    @Test
    void whatSomeoneDoesNotWantIsNoWish() {
        Answer answer = ask(
                null,
                "i love publishing papers and exploring theory, dont want to manage anyone. which ai job is that");
        assertThat(answer.answer()).startsWith("**Closest fit: AI Research Scientist.**");
    }

    @Test
    void whyTheTopEndIsHighGivesWhatTotalPayIsMadeOf() {
        String conversation = "why-top-" + System.nanoTime();
        ask(conversation, "Give me the total compensation range for Machine Learning Architects in the US.");
        Answer why = ask(conversation, "Why is the top end so high?");
        assertThat(why.answer()).contains("Stock options and bonuses often make up a large part of total compensation");
    }

    @Test
    void aQuestionAboutTheRoleAfterTheSceneIsAQuestionNotAFit() {
        Answer answer =
                ask(null, "Tom from my team is moving into AI research engineering. what math does that role require?");
        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(answer.answer()).contains("linear algebra");

        Answer reported = ask(
                null,
                "My cousin works in healthcare IT and asks what the job growth outlook is for ML data architects.");
        assertThat(firstLine(reported)).contains("growth").doesNotContain("Healthcare**");
    }

    @Test
    void anAmountTheAskerGivesForSomeoneIsPlacedAgainstTheRangesNotRefused() {
        Answer answer = ask(null, "My brother is an ML architect and makes 250k, is that normal?");
        assertThat(answer.intent().wireName()).isEqualTo("salary");
        assertThat(firstLine(answer)).contains("$250,000 is inside the total compensation range");

        Answer asked = ask(null, "What is my colleague John's bonus? He's an ML data architect.");
        assertThat(asked.intent().wireName()).isEqualTo("out_of_scope");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            part-time ML architect salary?                                  | no pay figures for part-time work
            how much would a freelance ML data architect charge per day?    | no pay figures for freelance or contract work or per day
            what does an ML data architect make after tax in NYC?           | no pay figures after tax
            """)
    void aKindOfWorkOrPayTheFiguresAreNotIsSaidPlainly(String question, String said) {
        Answer answer = ask(null, question);
        assertThat(answer.grounded()).isFalse();
        assertThat(firstLine(answer)).contains(said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            is experience a big factor in ml architect salary?        | **Yes.**
            does a certification bump ML architect pay?               | **Yes.**
            what matters most for an ML architect's salary?           | without ranking them
            Recruiter here. Does the industry sector influence what we'd need to offer an ML Data Architect? We're a healthcare company. | **Yes.**
            """)
    void whatMovesPayIsAnsweredFromTheFactorsWithAVerdictWhereOneIsAsked(String question, String lead) {
        Answer answer = ask(null, question);
        assertThat(answer.intent().wireName()).isEqualTo("salary");
        assertThat(firstLine(answer)).contains(lead);
        assertThat(answer.answer()).contains("Level of experience").doesNotContain("$393,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Does adding machine learning on top of data architecture actually raise your pay compared with a regular data architect? | **Yes.**
            Do regular data architects make more than ML architects?                 | **No.**
            do ml architects earn less than data architects?                         | **No.**
            is the US paying ML architects more than the rest of the world?          | **Yes.**
            are global salaries higher than in the US for ml architects?             | **No.**
            """)
    void aComparisonClaimedIsCheckedAgainstWhatTheComparedFiguresLeadInSays(String question, String verdict) {
        assertThat(firstLine(ask(null, question))).startsWith(verdict);
    }

    @Test
    void movingUpRanksTheRolesAfterTheOneThePersonHolds() {
        Answer answer = ask(
                null,
                "PhD in CS, five years as a research scientist, PyTorch every day, a few ICML papers. I've never managed "
                        + "anyone though. I want to move up - which role is the natural next one and what am I lacking for it?");
        assertThat(answer.answer())
                .startsWith("**Closest fit: AI Research Manager.**")
                .contains("Leadership experience in a research setting, typically 2+ years");
    }

    @Test
    void anOnlyQuestionIsAnsweredNoWithTheRestOfTheList() {
        Answer answer = ask(null, "is the AI quality engineering VP job just about testing?");
        assertThat(firstLine(answer)).startsWith("**No**");
        assertThat(answer.answer()).containsIgnoringCase("strateg").containsIgnoringCase("leadership");

        Answer outlook = ask(null, "is ML data architect a good long term career? whats the outlook");
        assertThat(outlook.answer()).contains("22%");
    }

    @Test
    void aSectionNamedByItsTitleIsAnsweredFromThatSectionNotTheOverview() {
        Answer answer = ask(null, "What is the AI research manager's strategic focus? give me the points");
        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(answer.answer()).contains("human values");
    }

    @Test
    void aDegreeQuestionOfferingTheDocumentsAlternativesIsYesAndABareWhyAfterPayGivesItsReasons() {
        assertThat(firstLine(ask(null, "does an AI research manager need a master's or phd?")))
                .startsWith("**Yes**");
        assertThat(firstLine(ask(null, "is a phd required for the ai research manager?")))
                .startsWith("**No**, not necessarily");

        String conversation = "why-that-" + System.nanoTime();
        ask(conversation, "ML architect total pay range in US?");
        assertThat(ask(conversation, "why is that?").answer()).contains("Level of experience");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            im in pune, 5 yrs as a bi developer. what does an ai/ml architect make in india    | no pay figures for Pune or India
            we're relocating to denver next year. i've been learning kafka and spark at night. what would the take home be after taxes as an ml architect | after tax
            """)
    void aBackgroundBeforeAPayQuestionIsContextNotAFitQuestion(String message, String said) {
        Answer answer = ask(null, message);

        assertThat(answer.intent().wireName()).isEqualTo("salary");
        assertThat(firstLine(answer)).contains(said);
        assertThat(answer.answer()).doesNotContain("Closest fit");
    }

    @Test
    void aClaimCheckedWithIsThatTrueIsAnsweredAgainstTheDocument() {
        Answer answer = ask(
                null,
                "i've done reporting for 3 years and a friend told me you need over 6 years of experience before moving into "
                        + "data architect work. is that true");

        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(firstLine(answer)).startsWith("**No**").contains("3-5 years");
    }

    @Test
    void aConditionBeforeTheQuestionKeepsItAYesNo() {
        assertThat(firstLine(ask(
                        null,
                        "i teach chemistry at the moment. if i switched to ml architecture would it matter which city i "
                                + "work in for the pay")))
                .startsWith("**Yes.**");
        assertThat(firstLine(ask(null, "if i get more hands-on skills will my salary as an ml architect go up")))
                .startsWith("**Yes.**");
    }

    @Test
    void aQuotedParentIsNoPersonalTraitOfTheAsker() {
        Answer quoted = ask(null, "my mom says banks pay ml architects the most. does the industry change the salary?");
        assertThat(quoted.answer()).doesNotContain("personal traits").contains("Industry sector");

        Answer own = ask(null, "as a single mother can I become an ML data architect?");
        assertThat(own.answer()).contains("personal traits");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            could you send me the email address of the head of ai research at openai
            recruiter here: how old is our research engineer candidate maria lopez?
            how old is the ml architect in our office? he seems very young for it
            """)
    void contactDetailsAndAgeOfSomeoneAreRefused(String message) {
        Answer answer = ask(null, message);

        assertThat(answer.intent().wireName()).isEqualTo("out_of_scope");
        assertThat(answer.grounded()).isFalse();
    }

    @Test
    void aWeakSpotOrSomethingNeverDoneIsAGapOfTheFit() {
        Answer weak = ask(
                null,
                "5 years as a data engineer, good at sql, etl and gcp, my weak point is ml frameworks. which role fits "
                        + "and what should i learn");
        assertThat(weak.answer())
                .startsWith("**Closest fit: Machine Learning Data Architect.**")
                .doesNotContain("You already have what it asks for in Machine learning");
        assertThat(weak.answer().indexOf("TensorFlow"))
                .isBetween(0, weak.answer().indexOf("Bachelor's"));

        Answer noMl = ask(
                null,
                "12 years of qa and test automation, led qa groups, strong with cloud and microservices. i never did any "
                        + "ml myself. which senior role suits me and what am i missing");
        assertThat(noMl.answer())
                .startsWith("**Closest fit: AI Quality Engineering VP.**")
                .contains("AI technologies");

        Answer noPaper = ask(
                null,
                "masters in ml, python and java are fine, i like shipping models into products more than theory. i never "
                        + "did a paper though. what role and what am i missing");
        assertThat(noPaper.answer())
                .startsWith("**Closest fit: AI Research Engineer.**")
                .contains("Publishing research findings");
    }

    @Test
    void aJobMarketQuestionNamingDataArchitectsIsNoPayQuestion() {
        Answer answer = ask(null, "is demand for data architects rising faster than for other jobs");
        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(answer.answer()).contains("8-9%").doesNotContain("$189,122");
    }

    @Test
    void writingPapersIsPublishing() {
        String conversation = "papers-" + System.nanoTime();
        ask(conversation, "what does an ai research engineer do day to day");
        assertThat(firstLine(ask(conversation, "do they write papers as well"))).startsWith("**Yes**");
    }

    @Test
    void anotherCountryGetsTheWorldwideFiguresAndNotTheUsTopTenPercent() {
        Answer answer = ask(null, "what would an ml data architect earn in france, in euros");

        assertThat(firstLine(answer))
                .contains("no pay figures for France or in euros")
                .contains("worldwide");
        assertThat(answer.answer())
                .contains("$171,000", "$393,000")
                .doesNotContain("$713,000")
                .doesNotContain("$534,000");
    }

    @Test
    void takeHomePayGetsTheBaseRangeAndAnAmountOfStockBeatsAFactorInTheScene() {
        assertThat(ask(null, "what's an ml architect's net salary after tax?").answer())
                .contains("$138,000")
                .doesNotContain("$713,000");
        assertThat(ask(null, "we're a small startup in austin. how much stock do ml architects usually get?")
                        .answer())
                .contains("$10,000 to $534,000")
                .doesNotContain("What moves the pay");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            i've managed a research group for 1 year, is that enough leadership experience for research manager roles | **No**
            research engineers only code in python right                                                             | **No**
            do ai research engineers really use linear algebra at work or is it just theory from uni                | **Yes**
            for the ai quality vp, is business acumen actually required or just nice to have                        | **Yes**
            is data architect job growth projected to beat the average for all occupations                          | **Yes**
            """)
    void tagQuestionsOfferedAlternativesAndNumbersSaidBeforeAreYesNo(String question, String verdict) {
        assertThat(firstLine(ask(null, question))).startsWith(verdict);
    }

    @Test
    void aPostingOrARecruiterIsWhyTheyAskAndPayIsWhatTheyAsk() {
        Answer bonus = ask(
                null, "we're hiring an ai/ml architect and need a bonus range for the ad. what do bonuses look like");
        assertThat(bonus.intent().wireName()).isEqualTo("salary");
        assertThat(bonus.answer()).contains("$15,000 to $78,000").doesNotContain("Job posting draft");

        Answer skills = ask(
                null,
                "recruiter here: if a candidate for our ml architect opening has rare technical skills, does that push the "
                        + "salary up");
        assertThat(firstLine(skills)).startsWith("**Yes.**");
    }

    @Test
    void payStackedUpAgainstDataArchitectsShowsBothSides() {
        assertThat(ask(null, "how does ml architect pay stack up against a regular data architect, total comp wise")
                        .answer())
                .contains("$393,000")
                .contains("$189,122");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            does an ai research manager need 6 years of leadership in research | **No**
            does the research manager role require 2 years of leadership      | **Yes**
            do i need 1 year of leadership to be a research manager            | **No**
            """)
    void yearsANeedQuestionAsksAreSetAgainstTheMinimumTheDocumentAsks(String question, String verdict) {
        Answer answer = ask(null, question);
        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(firstLine(answer)).startsWith(verdict);
    }

    @Test
    void anAmountOfANamedPayPartIsJudgedAgainstThatRangeAlone() {
        assertThat(firstLine(ask(null, "is a $340,000 base salary normal for ml architects")))
                .startsWith("**No: $340,000 is above the base salary range")
                .doesNotContain("total compensation range");
        assertThat(firstLine(ask(null, "is $250k base ok for an ml architect?")))
                .startsWith("**Yes: $250,000 is inside the base salary range");
    }

    @Test
    void aDegreeQuestionIsAnsweredFromTheLinesNamingDegrees() {
        assertThat(ask(null, "what degree does an ai research scientist need").answer())
                .contains("A Ph.D. in computer science");
        String conversation = "degree-" + System.nanoTime();
        ask(conversation, "what degree does an ai research manager need");
        assertThat(ask(conversation, "and for a research scientist?").answer()).contains("Ph.D.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            so the vp of ai quality engineering also shapes the data strategy, not just testing? | **Yes**
            so an ai research scientist could specialise in robotics?                          | **Yes**
            """)
    void aStatementPutToBeConfirmedIsAYesNo(String question, String verdict) {
        assertThat(firstLine(ask(null, question))).startsWith(verdict);
    }

    @Test
    void aClaimOfTheOppositeIsAnsweredNo() {
        assertThat(firstLine(ask(null, "a friend says demand for ml data architects is declining, is that true")))
                .startsWith("**No** - the document says:");
        assertThat(firstLine(ask(null, "is the job outlook for data architects shrinking?")))
                .startsWith("**No**")
                .containsPattern("(8-9%|9% for Data Architects)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            are ai research engineers more about theory than research scientists?    | **No**
            research engineers are more theory-focused than research scientists, right? | **No**
            are ai research engineers less theoretical than research scientists?     | **Yes**
            """)
    void aComparativeClaimIsAnsweredByWhichRoleTheDocumentSaysItOf(String question, String verdict) {
        Answer answer = ask(null, question);
        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(firstLine(answer)).startsWith(verdict).contains("theoretical");
    }

    @Test
    void aCityInTheRegionGetsTheRegionsFiguresAndWhereLocationMovesPay() {
        Answer answer = ask(null, "what do ml data architects earn in seattle exactly");
        assertThat(firstLine(answer)).contains("no pay figures for Seattle");
        assertThat(answer.answer()).contains("$393,000").contains("Location, with pay higher in tech hubs");
    }

    @Test
    void theNewReadingsLeaveOrdinaryQuestionsAlone() {
        assertThat(firstLine(ask(null, "so what does an ml architect earn?"))).startsWith("**Average: $393,000**");
        assertThat(firstLine(ask(null, "is a $150k base too low for an ml architect?")))
                .startsWith("**$150,000 is inside the base salary range");
        assertThat(ask(null, "how old do you have to be to become an AI research manager?")
                        .intent()
                        .wireName())
                .isNotEqualTo("out_of_scope");
        assertThat(ask(null, "which path is right for me to become an ML data architect?")
                        .intent()
                        .wireName())
                .isEqualTo("career_path");
    }

    @Test
    void theRoleSaidToBeHeldIsWhereThePathStartsWhereverItIsNamed() {
        assertThat(firstLine(ask(null, "how do i move up to ai research manager? currently an ai research scientist")))
                .startsWith("**From AI Research Scientist to AI Research Manager**");
        assertThat(firstLine(ask(null, "from ai research engineer to ai research manager, what is the path")))
                .startsWith("**From AI Research Engineer to AI Research Manager**");
    }

    @Test
    void aFollowUpAboutThatPersonKeepsTheRoleAndFintechIsFinancialTechnology() {
        String conversation = "person-" + System.nanoTime();
        ask(conversation, "what does a VP of AI quality engineering do");
        assertThat(ask(conversation, "what qualifications do companies look for in that person")
                        .roles())
                .containsExactly("AI Quality Engineering VP");
        assertThat(firstLine(ask(null, "is the ai quality engineering vp a thing at fintech companies")))
                .startsWith("**Yes**");
    }

    @Test
    void littleWordsOfAQuestionAreNoSubjectTheDocumentsLack() {
        String conversation = "little-" + System.nanoTime();
        ask(conversation, "tell me about the vp of ai quality engineering role");
        Answer answer = ask(conversation, "ok and what skills would they expect from a candidate");
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).doesNotContain("says nothing about").contains("microservices");
    }

    @Test
    void aQuestionBeforeAnEmojiOrAStoryAndAFactorAskedWithAPersonAsTheExample() {
        assertThat(firstLine(ask(
                        null,
                        "hr person here 🙋 does the industry an ml architect works in affect the salary? we're a "
                                + "healthcare co competing with finance firms for the same people")))
                .startsWith("**Yes.**");
        Answer friend = ask(null, "my friend has like 10 yrs experience, will that bump his ml architect salary");
        assertThat(friend.intent().wireName()).isEqualTo("salary");
        assertThat(firstLine(friend)).startsWith("**Yes.**");
        assertThat(friend.answer()).contains("Level of experience");
        // Still refused: what the person earns.
        assertThat(ask(null, "does my manager's phd help his salary? what is it exactly")
                        .intent()
                        .wireName())
                .isEqualTo("out_of_scope");
    }

    @Test
    void growingFasterThanAverageIsTheJobMarketNotPay() {
        Answer answer = ask(null, "is demand for data architects expected to grow faster than average");
        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(firstLine(answer)).startsWith("**Yes**").contains("8-9%");
        assertThat(ask(null, "we're a healthcare org hiring ml architects. is industry sector a factor in their comp")
                        .answer())
                .contains("Industry sector");
    }

    @Test
    void theRoleAWishDescribesIsWhereAPersonHoldingAnotherWantsToGo() {
        Answer manage = ask(
                null,
                "im an ai research scientist now and want to move up into managing a research team. how much "
                        + "leadership experience do i need");
        assertThat(manage.roles()).containsExactly("AI Research Manager");
        assertThat(manage.answer()).contains("typically 2+ years");
        Answer next = ask(null, "what's the usual next step for an ai research scientist who wants to lead a team");
        assertThat(next.intent().wireName()).isEqualTo("career_path");
        assertThat(firstLine(next)).startsWith("**From AI Research Scientist to AI Research Manager**");
        // Without a wish the named role stays the subject.
        assertThat(ask(null, "im an ai research scientist now, how much leadership experience do i need")
                        .roles())
                .doesNotContain("AI Research Manager");
    }

    @Test
    void morePayWithAFactorIsYesButTwoSidesTheDocumentDoesNotRankGetNoVerdict() {
        assertThat(firstLine(ask(
                        null,
                        "how much does experience matter for ML architect comp, will i get paid more after 10 yrs")))
                .startsWith("**Yes.**");
        assertThat(firstLine(ask(null, "do bigger companies pay ml data architects more than small ones")))
                .doesNotContain("**Yes")
                .doesNotContain("**No");
    }

    @Test
    void aDegreeSaidNotHeldIsMissingAndTheRoleHeldGetsNoFit() {
        Answer phd = ask(
                null, "i have a masters in ml but no phd. what would i need to do to become an ai research scientist");
        assertThat(phd.answer()).contains("A Ph.D. in computer science");
        Answer certs = ask(
                null, "been an ml data architect for 3 yrs. what should i do next to keep growing, are certs worth it");
        assertThat(certs.intent().wireName()).isEqualTo("question");
        assertThat(firstLine(certs)).startsWith("**Yes**").contains("certifications");
    }

    @Test
    void whereToStartIsThePathAndAnOfferedRoleIsNoComparison() {
        Answer start = ask(
                null, "just graduated with a cs bachelors 🎓 if the goal is ml data architect where do i even start");
        assertThat(start.intent().wireName()).isEqualTo("career_path");
        assertThat(start.answer()).contains("Start in an entry-level programming or data analysis position");
        Answer conferences =
                ask(null, "do ai research engineers ever present at conferences or is that just the scientists");
        assertThat(conferences.intent().wireName()).isEqualTo("question");
        assertThat(firstLine(conferences)).startsWith("**Yes**").contains("conferences");
    }

    @Test
    void twoQuestionsInOneMessageAreAnsweredInTurn() {
        Answer answer = ask(
                null,
                "whats the base salary actualy look like for a machine learning data architect, just the base pls. "
                        + "and do i even need more than a bachelors for it");
        assertThat(firstLine(answer)).startsWith("**Base salary: $138,000 to $314,000**");
        assertThat(answer.answer())
                .contains("**No**, it is not required")
                .contains("At minimum, a Bachelor's degree")
                .doesNotContain("$713,000");
        // One fit asked twice is one answer; a story before a question is no second question.
        Answer fit = ask(null, "I have 5 years of SQL and Python. Which role fits me? What am I missing?");
        assertThat(fit.answer().split("Closest fit", -1)).hasSize(2);
        Answer story =
                ask(null, "Did a 12-week data bootcamp, no degree. Realistic path and timeline to ML data architect?");
        assertThat(story.intent().wireName()).isEqualTo("career_path");
    }

    @Test
    void moreThanADegreeIsAskedOfTheNextOneAndAPayFactorFollowUpStaysOnPay() {
        assertThat(firstLine(ask(null, "do i need more than a bachelors to be an ml data architect")))
                .startsWith("**No**");
        String conversation = "factor-" + System.nanoTime();
        ask(conversation, "what decides how much an ml data architect is paid");
        Answer followUp = ask(conversation, "is it just years or also the sector you're in");
        assertThat(followUp.intent().wireName()).isEqualTo("salary");
        assertThat(followUp.answer()).contains("Industry sector");
        // "stuck" is an everyday word, not a typo of "stock".
        assertThat(ask(null, "my pay is stuck, what decides how much an ml data architect is paid")
                        .answer())
                .doesNotContain("Stock options");
    }

    @Test
    void aComparisonWithTheWorldwideFiguresIsSettledByTheirLeadIn() {
        Answer exceed = ask(null, "does the global median for ML architects exceed the US average total comp?");
        assertThat(firstLine(exceed)).startsWith("**No.**").contains("$171,000");
        assertThat(exceed.answer()).contains("$393,000").contains("US salaries are usually higher");
        Answer why = ask(null, "why are US ML architect salaries higher than global ones? how big is the gap");
        assertThat(why.answer()).contains("US salaries are usually higher").contains("$171,000");
        Answer abroad = ask(
                null,
                "are us salaries for ml architects higher than elsewhere in the world or is that a myth. asking bc i "
                        + "might relocate from portugal");
        assertThat(firstLine(abroad)).startsWith("**Yes.**").contains("no pay figures for Portugal");
        assertThat(abroad.answer()).contains("US salaries are usually higher");
        // The comparison with Data Architects keeps its own reasons.
        assertThat(ask(null, "why do ML architects get paid so much more than regular data architects")
                        .answer())
                .contains("**Why a Machine Learning Data Architect is paid so well**");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "i'm an accountant at a bank right now. if i became an ML architect would the industry sector i work in change my pay",
                "QA tester, been learning kubernetes and spark in the evenings. do specific technical skills actually bump ML "
                        + "architect pay or is it purely years in the job",
                "does experience count for much in ml architect salaries",
                "does the industry u work in matter for ml arch salary"
            })
    void whetherAFactorMovesPayIsAnsweredFromTheFactorsWhateverTheStory(String question) {
        Answer answer = ask(null, question);
        assertThat(answer.intent().wireName()).isEqualTo("salary");
        assertThat(firstLine(answer)).startsWith("**Yes.**").contains("What moves the pay");
    }

    @Test
    void whatEducationToAddBesideABackgroundIsTheRolesEducation() {
        Answer answer = ask(
                null,
                "Taught IT at a secondary school for 8 years, I have a bachelor's in information technology. What "
                        + "education should I add to move toward ML data architect?");
        assertThat(answer.intent().wireName()).isEqualTo("question");
        assertThat(answer.answer()).contains("A Master's degree or relevant certifications are a strong advantage");
        assertThat(ask(
                                null,
                                "my daughter is doing her masters in CS and wants to become an AI research scientist. what "
                                        + "degree will she need in the end")
                        .answer())
                .contains("A Ph.D. in computer science");
    }

    @Test
    void aWishIsReadAgainstWhatTheDocumentsSaySomeoneWantingTheRoleWouldDo() {
        Answer engineer = ask(
                null,
                "Data analyst for 3 years: SQL, Excel, dashboards, a bit of pandas. I want to build and deploy neural "
                        + "network models hands-on rather than write reports. Which role, and what knowledge do I lack?");
        assertThat(firstLine(engineer)).startsWith("**Closest fit: AI Research Engineer.**");
        // "move up" says no role of its own.
        Answer up = ask(
                null,
                "PhD in CS, five years as a research scientist, PyTorch every day. I've never managed anyone though. I "
                        + "want to move up - which role is the natural next one and what am I lacking for it?");
        assertThat(firstLine(up)).doesNotContain("most like what you want");
    }

    @Test
    void morePayInAPlaceTheFactorLineNamesByAnotherNameIsYes() {
        Answer bayArea = ask(null, "as an ml data architect, would i get paid more if i moved to the bay area?");
        assertThat(firstLine(bayArea)).startsWith("**Yes.**").contains("no pay figures for the Bay Area");
        assertThat(bayArea.answer()).contains("Location, with pay higher in tech hubs such as Silicon Valley");
        // A city the line does not name gets no verdict.
        assertThat(firstLine(ask(null, "would i get paid more in seattle as an ml architect")))
                .doesNotContain("**Yes");
    }

    @Test
    void doIQualifyGetsAVerdictOnTheDegreeAndYearsTheRoleAsksFor() {
        String conversation = "qualify-" + System.nanoTime();
        ask(conversation, "what does an ai research manager need");
        Answer yes = ask(conversation, "ok so i have a phd and 3 yrs leading a research group, do i qualify");
        assertThat(firstLine(yes))
                .startsWith("**Yes**")
                .contains("typically 2+ years")
                .contains("an advanced degree");
        Answer notYet =
                ask(null, "i have a bachelor's and 1 year leading a team, do i qualify for ai research manager");
        assertThat(firstLine(notYet)).startsWith("**Not yet**");
    }

    @Test
    void theReviewsCasesStayAsTheyShould() {
        // A named person's pay stays private, asked in one sentence or across two.
        assertThat(ask(null, "Can you help me find Daniel Okafor's salary? He has 10 years of experience.")
                        .intent()
                        .wireName())
                .isEqualTo("out_of_scope");
        assertThat(ask(null, "What does Daniel on my team do as an ML data architect? And what is the salary for that?")
                        .intent()
                        .wireName())
                .isEqualTo("out_of_scope");
        // No direction the document does not give.
        assertThat(firstLine(ask(null, "Do junior ML architects get paid more?")))
                .doesNotContain("**Yes");
        assertThat(firstLine(ask(null, "Do ML architects in India earn more than the global average?")))
                .doesNotContain("**Yes");
        // An emoji inside a question does not cut it.
        assertThat(firstLine(ask(null, "is a PhD 🎓 required for an AI research scientist?")))
                .startsWith("**Yes**");
        // A wish to know something is no role wished for; "being" a role asked about is not holding it.
        assertThat(ask(null, "I'm an ML data architect. I want to know: do I need a PhD?")
                        .roles())
                .containsExactly("Machine Learning Data Architect");
        assertThat(ask(
                                null,
                                "What does being an AI research manager involve, and do they work with AI research scientists?")
                        .roles())
                .contains("AI Research Manager");
    }

    @Test
    void whichDegreeIsAnsweredByTheLineNamingTheDegreeOrSaysTheDocumentNamesNone() {
        assertThat(firstLine(ask(null, "my nephew wants to become an ai research scientist, what degree does he need")))
                .startsWith("**A Ph.D. in computer science");
        assertThat(firstLine(ask(null, "what degree do i need to be an ai research engineer")))
                .startsWith("**The AI Research Engineer document names no degree.**");
        String conversation = "degree-" + System.nanoTime();
        ask(conversation, "what degree does an ai research scientist need");
        assertThat(firstLine(ask(conversation, "and for the research manager?")))
                .startsWith("**An advanced degree (Master's or Ph.D.)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ML data architect salary in Germany how much? in euro please, my boyfriend is thinking to apply in Munich | salary
            my nephew just finish his bachelor, how much a junior or entry level ML data architect make at first?      | salary
            startup or big corporation, who pay more for machine learning architect? my son have two offers           | salary
            if my husband learn more technical skill like kubernetes, his salary as ML data architect will go up?     | salary
            does industry matter for ML data architect salary? like would healthcare pay different? my mom's a nurse   | salary
            my brother is an ML architect, how much does he make?                                                      | out_of_scope
            what is my husband's salary as an ML architect                                                             | out_of_scope
            what does the data architect in our team take home, he seems overpaid                                      | out_of_scope
            I'm in HR and need the LinkedIn and home city of the person who wrote your AI research scientist page     | out_of_scope
            """)
    void aRelativeAsTheReasonForAskingIsNoRequestForTheirPay(String message, String intent) {
        assertThat(ask(null, message).intent().wireName()).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            can ml architect base salary go up to 400k in the US?                                       | **No.** **Base salary: $138,000 to $314,000
            is the top 10% of ML architects in the US over a million dollars a year?                    | **No.** **Top 10% earn more than $713,000
            worldwide (not just america) what do the top 10 percent make? global numbers matter more to me as an international student, ML architect | **Global top 10%: up to $372,900
            I only need the spread of ML architect annual total compensation, lowest to highest. Not base, not global. | **Range: $234,000 to $797,000
            whats the BASE salary range for ML architects, like without stocks n bonus stuff?            | **Base salary: $138,000 to $314,000
            which things are deciding how much a ML architect is earning? make a list please            | **What moves the pay
            what would get someone into the top 10% of ml architect earners                              | **What moves the pay
            for a very experienced senior Data Architect (not ML specifically), how high can annual pay go? | **The Machine Learning Data Architect document has no pay figures by seniority.**
            """)
    void aFigureAskedIsAnsweredWithItAndWhatIsLeftOutIsNotGiven(String message, String lead) {
        Answer answer = ask(null, message);

        assertThat(firstLine(answer)).startsWith(lead);
        if (message.contains("without stocks")) {
            assertThat(answer.answer()).doesNotContain("$534,000").doesNotContain("$78,000");
        }
        if (message.contains("Not base")) {
            assertThat(answer.answer()).doesNotContain("$138,000").doesNotContain("$372,900");
        }
        if (message.contains("senior Data Architect")) {
            assertThat(answer.answer()).contains("Experienced professionals can reach $185,000-$200,000");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            quick q do i NEED a phd to become an ML data architect?? my parents think everything in AI requires a phd | **No**  | Bachelor's
            ML data architect need PhD? yes or no please                                                  | **No**  | Bachelor's
            surely an ML data architect needs a master's as the minimum these days?                       | **No**  | Bachelor's
            Our draft says AI Research Manager needs 5+ years leadership experience. Is that what's typical? | **No** | 2+ years
            I heard strong researchers can become AI research managers with zero leadership experience. True? | **No** | 2+ years
            do AI research managers need prior leadership experience or can u jump straight from IC research? | **Yes** | 2+ years
            i heard ML data architects just need SQL, not docker or kubernetes. is devops knowledge actually expected? | **Yes** | Kubernetes
            """)
    void aYesOrNoPutInEverydayWordsOpensWithItsVerdict(String message, String verdict, String fact) {
        assertThat(firstLine(ask(null, message))).startsWith(verdict).contains(fact);
    }

    @Test
    void theRoleAWishOrAnArrowPointsToIsTheOneAskedAbout() {
        assertThat(firstLine(ask(
                        null, "research scientist -> research manager, how much leadership exp do they usually want")))
                .contains("2+ years");
        assertThat(ask(
                                null,
                                "I'm a research scientist and want to become a research manager, how much leadership experience do they want")
                        .roles())
                .containsExactly("AI Research Manager");
    }

    @Test
    void skillsAskedAboutOrSaidToBeWeakAreNotCountedAsHeld() {
        Answer weak = ask(
                null,
                "java dev, 6 years, bad at math tbh. what would i have to learn to move into AI research engineer?");
        assertThat(weak.answer()).contains("you say you lack Mathematics").contains("linear algebra");
        Answer asked = ask(
                null,
                "bootcamp grad here, can code python. what should i study to get into AI research engineering? like which math + languages");
        assertThat(firstLine(asked)).doesNotContain("Mathematics");
        assertThat(asked.answer()).contains("linear algebra");
    }

    @Test
    void aFollowUpNamingStocksKeepsThePayTopic() {
        String conversation = "stocks-" + System.nanoTime();
        ask(conversation, "ML data architect total comp in US?");
        assertThat(firstLine(ask(conversation, "what about stocks part of it")))
                .startsWith("**Stock options: $10,000 to $534,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My wife was research scientist for 6 years with a PhD, now she lead a small team and wants mentor people and set the direction of research. what role fit to her? | AI Research Manager
            I am director of QA in fintech company since 15 years, i manage testing teams and i want go to the executive level in AI. which from these roles?                  | AI Quality Engineering VP
            """)
    void aWishWithoutItsToStillDecidesTheFit(String message, String role) {
        assertThat(firstLine(ask(null, message))).startsWith("**Closest fit: " + role + ".**");
    }

    @Test
    void aDegreeThePersonHasIsSaidToMeetTheRoleAndAPremiumOverDataArchitectsIsAYes() {
        assertThat(
                        firstLine(
                                ask(
                                        null,
                                        "i'm a research scientist 2 yrs out of my PhD. my goal is to become an AI research manager someday. what do companies usually want before they'd let me manage a research team?")))
                .contains("Your Ph.D. meets what it asks for: an advanced degree (Master's or Ph.D.)");
        Answer premium = ask(
                null,
                "I heard slapping 'ML' on a data architect title doesn't change the money at all. Is there really a premium? show me the numbers");
        assertThat(firstLine(premium)).startsWith("**Yes.** **Average: $393,000");
        assertThat(premium.answer()).contains("$189,122");
        Answer abroad = ask(
                null,
                "top earners ML architect outside US - how high does it go? asking for a remote role based in poland");
        assertThat(abroad.answer()).contains("Global top 10%: up to $372,900").doesNotContain("$713,000");
    }

    @Test
    void aSeniorScopeGetsTheNearestFiguresOfWhoIsAskedAbout() {
        Answer classic = ask(null, "senior data architect (not ML, just classic) in texas, whats the ceiling");
        assertThat(classic.answer())
                .contains("Experienced professionals can reach $185,000-$200,000")
                .doesNotContain("$713,000");
        assertThat(ask(null, "For a principal / distinguished-level ML architect, what total comp can you expect?")
                        .answer())
                .contains("Top 10% earn more than $713,000")
                .doesNotContain("$185,000");
        String conversation = "cut-it-" + System.nanoTime();
        ask(conversation, "what qualifications does an ai research scientist need");
        assertThat(firstLine(ask(conversation, "so a masters wont cut it?")))
                .startsWith("**No**")
                .contains("Ph.D.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ai research scientists only work at unis?                          | **No**
            research engineer need java or just python                         | **Yes**
            ml architect base over 300k possible?                              | **Yes, at the top of the range.**
            ml architect avg total comp above 400k?                            | **No.**
            data architects earn more than ml architects?                      | **No.**
            skills matter for ml architect pay or nah                          | **Yes.**
            Is a Ph.D. indeed part of the stated qualifications of an AI Research Scientist? | **Yes**
            Would a candidate with a Master's degree, but no doctorate, meet the degree requirement for an AI Research Manager position? | **Yes**
            """)
    void aYesOrNoWithoutTheVerbFirstStillGetsItsVerdict(String message, String verdict) {
        assertThat(firstLine(ask(null, message))).startsWith(verdict);
    }

    @Test
    void aFigureAskedAloneAfterPayIsNoYesOrNo() {
        String conversation = "only-" + System.nanoTime();
        ask(conversation, "how much do ML architects make in the US");
        Answer base = ask(conversation, "n base only?");
        assertThat(firstLine(base)).startsWith("**Base salary: $138,000 to $314,000");
        assertThat(base.answer()).doesNotContain("$534,000");
    }

    @Test
    void theUsIsNoPlaceTheDocumentsLackAndWorldwideFiguresComeWhenAsked() {
        assertThat(
                        firstLine(
                                ask(
                                        null,
                                        "I am preparing an offer for a Machine Learning Architect position in the United States. Could you tell me the documented base salary range?")))
                .startsWith("**Base salary: $138,000 to $314,000");
        Answer compared = ask(
                null,
                "I would like to compare the top decile of earners in the United States with the top decile worldwide for Machine Learning Architects. What are the two figures?");
        assertThat(compared.answer()).contains("$372,900").contains("$713,000");
        Answer country = ask(
                null,
                "Does the country itself affect ML Data Architect pay, and what do the worldwide figures suggest relative to US levels?");
        assertThat(country.answer()).contains("Location").contains("Global median: $171,000");
        assertThat(
                        firstLine(
                                ask(
                                        null,
                                        "how much does years of experience actually move ML architect pay? in teaching it's a fixed scale")))
                .startsWith("**What moves the pay");
    }

    @Test
    void anAcknowledgementBeforeAFollowUpKeepsTheRole() {
        String conversation = "ack-" + System.nanoTime();
        ask(conversation, "What stock options can a Machine Learning Architect in the US expect?");
        assertThat(firstLine(
                        ask(conversation, "Understood. And what do the top 10 percent earn in total compensation?")))
                .startsWith("**Top 10% earn more than $713,000");
        String path = "before-" + System.nanoTime();
        ask(path, "how do i get into ml data architect");
        ask(path, "from data analyst");
        assertThat(ask(path, "how many yrs before architect role").answer()).contains("3-5 years");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            phd in stats, led a team of 6 for 4 years. could i move into an AI research manager role?                | **Yes** | 2+ years
            she has a bachelor's in physics and led a lab team for 3 years. can she apply for AI research manager?    | **Not yet** | Master's or Ph.D.
            """)
    void aFitAskedOfOneRoleOpensWithAVerdictOnTheDegreeAndYears(String message, String verdict, String requirement) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstLine(answer)).startsWith(verdict).contains(requirement);
    }

    @Test
    void theVerbOfAJobsNameNamesNoRole() {
        Answer answer = ask(
                null,
                "15 yrs in software QA, director of test automation at a fintech, manages 40 ppl, BS comp sci, does "
                        + "cloud + API stuff. which of ur roles fits her?");

        assertThat(firstLine(answer)).startsWith("**Closest fit: AI Quality Engineering VP.**");
    }

    @Test
    void aWorkStoryAndAFitAskedForSomeoneElseIsAFitReadFromWhatTheyLike() {
        Answer answer = ask(
                null,
                "friend is a software eng, builds and deploys deep learning models in prod, likes practical not "
                        + "theory. what role is good for him");

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstLine(answer)).startsWith("**Closest fit: AI Research Engineer.**");
    }

    @Test
    void aRoleAimedAtWithNoSkillToMatchGetsWhatTheRoleAsksFor() {
        Answer answer = ask(
                null,
                "QA manager at a mid-size bank, aiming for VP of AI quality engineering at a fintech in a few years. "
                        + "what should I build up?");

        assertThat(answer.answer()).contains("microservices").contains("business acumen");
        assertThat(answer.answer()).doesNotContain("Closest fit");
    }

    @Test
    void whatPushesThePayUpAfterTheWayThereIsAskedOfThePay() {
        Answer answer = ask(null, "how to reach the top end pkg as ML architect, what pushes it up");

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).startsWith("**What moves the pay");
        assertThat(answer.answer()).contains("Silicon Valley");
    }

    @Test
    void aPartAnotherTeamHandlesIsNotAskedFor() {
        Answer bonus = ask(
                null,
                "For the salary band proposal, could you tell me the typical bonus range for a Machine Learning Data "
                        + "Architect? Only the cash bonus component, please, as equity is handled separately by our comp "
                        + "team.");
        Answer base = ask(
                null,
                "my manager would like the base salary range stated separately from bonus and equity. What base "
                        + "salary range should we expect for an ML data architect?");

        assertThat(firstLine(bonus)).startsWith("**Bonuses: $15,000 to $78,000**");
        assertThat(bonus.answer()).doesNotContain("$534,000");
        assertThat(firstLine(base)).startsWith("**Base salary: $138,000 to $314,000**");
        assertThat(base.answer()).doesNotContain("$534,000").doesNotContain("$78,000");
    }

    @Test
    void theBotsOwnNameIsNoCareerQuestion() {
        Answer answer = ask(
                null,
                "Dear Career Advisor, our bank is opening a Machine Learning Data Architect position in our Frankfurt "
                        + "office. Could you share what this role typically pays in Germany?");

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).contains("no pay figures for Frankfurt or Germany");
        assertThat(answer.answer()).contains("$171,000");
        assertThat(ask(null, "hi career advisor").intent()).isEqualTo(Intent.GREETING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We interviewed two candidates for the same ML Data Architect title and their salaries differ by a "
                        + "lot. What could explain such a difference in pay between people in this role?",
                "why is the TC range so huge, like 234k to 797k?? what explains it",
                "why are the bands so wide for ML architects?"
            })
    void aSpreadOrDifferenceInPayGetsWhatMovesIt(String message) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).startsWith("**What moves the pay of a Machine Learning Data Architect**");
        assertThat(answer.answer()).contains("Industry sector").contains("Level of experience");
    }

    @Test
    void figuresQuotedFromOneRolesDocumentNameThatRoleOnly() {
        assertThat(ask(null, "is 234k to 797k a normal range?").roles())
                .containsExactly("Machine Learning Data Architect");
        assertThat(ask(null, "is 40k to 90k normal?").roles()).isEmpty();
    }

    @Test
    void theWayFromHereStartsFromTheJobTheStoryNames() {
        Answer answer = ask(null, "8 yoe java backend dev. how do i get to ML data architect from here?");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        assertThat(firstLine(answer))
                .startsWith("**From java backend dev to Machine Learning Data Architect**")
                .contains("entry-level programming");
        assertThat(answer.answer()).contains("3-5 years").contains("certifications");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my wife is an ML architect and we were just wondering, what do the top earners make? like the top 10 percent | $713,000
            my boyfriend just got an offer in Chicago as an ML architect, whats the normal pay in chicago specifically?   | no pay figures for Chicago.
            My daughter has two ML architect offers, one from a startup and one from a big company. Does the kind of company actually change the pay much? | What moves the pay
            my husband asks if picking up more tech skills would bump up his pay as an ML architect                      | What moves the pay
            """)
    void aRelativeWhoIsOnlyTheReasonForAskingGetsTheMarketsPay(String message, String lead) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).contains(lead);
        assertThat(ask(null, "how much does my wife make, is that normal?").intent())
                .isEqualTo(Intent.OUT_OF_SCOPE);
    }

    @Test
    void baseOnlyWithNoStockLeavesTheStockOut() {
        Answer answer = ask(null, "ML arch base sal range pls. base only, no stock");

        assertThat(firstLine(answer)).startsWith("**Base salary: $138,000 to $314,000**");
        assertThat(answer.answer()).doesNotContain("$534,000");
    }

    @Test
    void whatIsNeededOnTopIsNoPayQuestion() {
        Answer answer = ask(null, "DA w/ MSc, want AI research scientist. what do i need on top?");

        assertThat(answer.intent()).isNotEqualTo(Intent.SALARY);
        assertThat(answer.answer()).contains("Ph.D.");
    }

    @Test
    void aRequirementAskedAsCallingForHandsOnFamiliarityGetsItsYes() {
        assertThat(firstLine(
                        ask(null, "Does the AI Research Manager role call for hands-on familiarity with PyTorch?")))
                .startsWith("**Yes**")
                .contains("PyTorch");
    }

    @Test
    void thatKindOfJobAfterAnAcknowledgementRefersBackToTheRole() {
        String conversation = "kind-of-job";
        ask(conversation, "what does the AI Quality Engineering VP role involve?");

        Answer answer = ask(conversation, "oh interesting, which companies have that kind of job?");

        assertThat(answer.roles()).containsExactly("AI Quality Engineering VP");
        assertThat(answer.answer()).contains("Intuit");
    }

    @Test
    void archIsShortForArchitect() {
        Answer answer = ask(null, "ML arch earn more than plain data arch? y/n");

        assertThat(firstLine(answer)).startsWith("**Yes.**");
        assertThat(answer.answer()).contains("$189,122");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ai research scientist - phd required? | **Yes** -
            ml data architect - phd required?     | **No**, it is not required:
            """)
    void aRequirementPutAsAStatementWithAQuestionMarkGetsItsVerdict(String message, String verdict) {
        assertThat(firstLine(ask(null, message))).startsWith(verdict);
    }

    @Test
    void aLineMetByOneOfItsSkillsStillShowsTheOthers() {
        Answer answer =
                ask(null, "backend dev java 5 yrs exp, want switch to AI research engineer. what i should learn");

        assertThat(firstLine(answer))
                .startsWith("**Closest fit: AI Research Engineer.**")
                .contains("Java (*Technical Skills*; the same line also names Python, R)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            friend of mine wants to build train and deploy deep learning models hands on, not theory. what role
            we need someone to put research into production, practical applications not papers. which role is that?
            we need someone to put research into production, practical applications not papers. research scientist or something else?
            """)
    void workSomeoneElseIsToDoIsMatchedWithoutClaimingSkillsForThem(String message) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstLine(answer))
                .startsWith("**Closest fit: AI Research Engineer.**")
                .contains("most like the work described")
                .doesNotContain("your skills");
        assertThat(answer.answer())
                .contains("**What it requires**")
                .doesNotContain("you say you lack")
                .doesNotContain("You already have");
    }

    @Test
    void aListOfVerbsAfterAWishStaysTheWish() {
        Answer answer = ask(null, "I want to build, train and deploy deep learning models hands on. which role?");

        assertThat(firstLine(answer))
                .startsWith("**Closest fit: AI Research Engineer.**")
                .contains("(*build, train and deploy deep learning models hands on*)")
                .doesNotContain("You already have");
    }

    @Test
    void aRoleOfferedAsAGuessLeavesEveryRoleToChooseFrom() {
        Answer answer = ask(
                null,
                "i have only bachelor in IT and 2 years as data analyst doing SQL and python reports is AI research "
                        + "scientist for me or another role fits better");

        assertThat(firstLine(answer)).startsWith("**Closest fit: Machine Learning Data Architect.**");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            After a decade in test automation (Selenium, pytest, CI pipelines), what would I need to build up to be considered for an AI Quality Engineering VP position? | 10 years in test automation
            i am QA engineer 5 yrs what do i need to reach AI quality engineering VP level                                                                                  | 5 years of experience
            """)
    void yearsToldAsADecadeOrBeforeTheQuestionAreABackground(String message, String read) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstLine(answer)).startsWith("**Closest fit: AI Quality Engineering VP.**");
        assertThat(answer.answer()).contains("Read from your messages: " + read).contains("leadership experience");
    }

    @Test
    void thePathFromHereIsACareerPath() {
        Answer answer = ask(
                null,
                "Still doing my MSc in statistics. What's the path from here to machine learning data architect?");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        assertThat(answer.answer()).contains("3-5 years");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Coming from QA I'm curious how comp works at the architect level - what are the main drivers of salary for ML architects?
            why some ML architects get 234k and others get almost 800k? what explains the difference
            """)
    void driversOfPayAndTheReasonForQuotedAmountsGetTheFactors(String message) {
        Answer answer = ask(null, message);

        assertThat(firstLine(answer)).startsWith("**What moves the pay of a Machine Learning Data Architect**");
        assertThat(answer.answer()).contains("Industry sector").doesNotContain("$393,000");
    }

    @Test
    void whetherANamedManagerIsATopEarnerIsPrivate() {
        Answer answer = ask(null, "sir my manager Mr Suresh Iyer is ML data architect is he among the top 10% earners");

        assertThat(answer.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(answer.answer()).contains("I can't share anyone's pay").doesNotContain("$713,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is PhD compulsory for ML data architect?                                             | **No**         | Bachelor's degree
            Please, is the data architect job growing faster than average for all occupations? | **Yes**        | 8-9%
            do ML architects usually get stock options as part of comp?                          | **Yes.**       | $10,000
            is there a bonus for ML data architects?                                             | **Yes.**       | $15,000
            can i be an ai research manager with a master's, no phd?                             | **Yes**        | Master's or Ph.D.
            """)
    void yesNoQuestionsPutInOtherWordsOpenWithTheirVerdict(String message, String verdict, String fact) {
        Answer answer = ask(null, message);

        assertThat(firstLine(answer)).startsWith(verdict);
        assertThat(answer.answer()).contains(fact);
    }

    @Test
    void aRoleOpeningTheMessageWithADegreeOrYearsIsTheOneHeld() {
        Answer answer = ask(
                null,
                "senior research scientist, phd, 10 years. I want to move into managing a research team, what do i need");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        assertThat(firstLine(answer)).startsWith("**From AI Research Scientist to AI Research Manager**");
        assertThat(answer.answer()).contains("2+ years");
    }

    @Test
    void aRoleOpeningAQuestionOfItsOwnIsNotHeld() {
        Answer answer = ask(null, "research scientist, what do they earn?");

        assertThat(answer.roles()).containsExactly("AI Research Scientist");
        assertThat(answer.answer()).doesNotContain("From AI Research Scientist");
    }

    @Test
    void havingLedAGroupIsLeadershipAndAMetDegreeCountsTowardsTheFit() {
        Answer answer = ask(
                null,
                "research scientist with a phd here, I've led a small group of researchers for 3 years and want to keep "
                        + "publishing while managing people. what fits");

        assertThat(firstLine(answer))
                .startsWith("**Closest fit: AI Research Manager.**")
                .contains("Leadership")
                .contains("your Ph.D. meets what it asks for");
    }

    @Test
    void aLeadInComesBeforeTheFiguresOfItsList() {
        String answer = ask(null, "how much do plain data architects make?").answer();

        assertThat(answer)
                .contains("usually earn less:\n\n- Median salary (US): $154,889")
                .doesNotContain("usually earn less:\n\n*");
    }

    @Test
    void aPlaceFromTheStoryToldIsNoScopeAsked() {
        Answer answer = ask(
                null, "Does it matter where I live for ML architect pay? In banking, London vs Leeds was a big gap.");

        assertThat(firstLine(answer)).startsWith("**Yes.**");
        assertThat(answer.answer()).contains("Silicon Valley").doesNotContain("no pay figures for London");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            startup CTO, I lead 6 PhD researchers, set the research agenda and we publish at top conferences. which role matches what i actually do? | AI Research Manager
            Eng VP at a fintech, ~120 engineers, I own QA and the AI roadmap and report to the CEO. Is there a role here that fits me?               | AI Quality Engineering VP
            """)
    void aBackgroundToldAsTheWorkLedIsMatchedByThatWork(String message, String role) {
        Answer answer = ask(null, message);

        assertThat(firstLine(answer))
                .startsWith("**Closest fit: " + role + ".**")
                .contains("most like the work you describe")
                .doesNotContain("Ph.D. meets");
        assertThat(answer.answer()).doesNotContain("Tell me which skills");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wat degree does an ai research manager need? | wat abt scientist                | Ph.D.
            wat skills does ai research engineer need    | same for vp?                     | cloud platforms
            wat does an ai research engineer do?         | n hw is that diff from scientist | theoretical exploration
            """)
    void textingAbbreviationsInAFollowUpKeepItsMeaning(String first, String followUp, String fact) {
        String conversation = "texting-" + followUp.hashCode();
        ask(conversation, first);

        Answer answer = ask(conversation, followUp);

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains(fact);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I know Python and SQL but not Spark. which role fits me?            | Apache Spark
            we need someone to build models hands on, not theory. which role is that? | -
            """)
    void aDenialAfterButStillDeniesAndAContrastInAWishDoesNot(String message, String lacked) {
        Answer answer = ask(null, message);

        if (lacked.equals("-")) {
            assertThat(answer.answer()).doesNotContain("you say you lack");
        } else {
            assertThat(answer.answer()).contains("you say you lack " + lacked);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Research scientist with a PhD required?
            ML data architect, what degree do I need?
            """)
    void aRoleOpeningAQuestionIsNotHeldWhateverTheDegreeNamed(String message) {
        assertThat(ask(null, message).answer()).doesNotContain("From ").doesNotContain("Closest fit");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is the bonus paid monthly for ML data architects?
            Will I get a bonus in my first year as an ML data architect?
            """)
    void howOrWhenAPartIsPaidGetsNoYes(String message) {
        assertThat(firstLine(ask(null, message))).doesNotStartWith("**Yes.**");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            doing phd in ML, wanna invent new algorithms n publish papers. wat role?                            | AI Research Scientist | what you want
            i want to take AI research and actually put it into production, not just theory. which role fits? | AI Research Engineer  | what you want
            Drafting an offer for a candidate who leads an applied ML squad: hands-on, builds and optimises models and gets them into the product. Which role title should I put on the offer? | AI Research Engineer | the work you describe
            """)
    void aWishOrWorkWithoutAnIOrThatReadsLikeTwoRolesStillFindsOne(String message, String role, String read) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstLine(answer))
                .startsWith("**Closest fit: " + role + ".**")
                .contains(read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            is kafka actually part of the ML data architect picture, or is that just data eng stuff? spark too? | **Yes**   | Kafka
            For the period 2020 to 2030, is the projected growth rate for Machine Learning Engineers higher than that for Data Architects? | **Yes** | 22%
            Is the projected job growth for Machine Learning Engineers only 9%, same as data architects?       | **No**    | 22%
            Is projected growth for data architects higher than for machine learning engineers?                 | **No**    | 9%
            I had assumed that the VP of AI Quality Engineering role is relevant mainly to pure technology firms and not to financial companies. Does that assumption hold? | **No** | BlackRock
            I have been told that the AI Research Engineer role is primarily concerned with theoretical exploration rather than deployment. Is that an accurate description? | **No** | deploying
            is RE mainly a theory role?                                                                          | **No**    | deploying
            can i list cloud platforms experience as a requirement for the VP AI Quality Eng posting?           | **Yes**   | cloud platforms
            """)
    void claimsChecksAndFiguresSetSideBySideOpenWithTheirVerdict(String message, String verdict, String fact) {
        Answer answer = ask(null, message);

        assertThat(firstLine(answer)).startsWith(verdict).contains(fact);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MLDA base salary range, US?            | Machine Learning Data Architect
            AIRM - do I need prior leadership exp? | AI Research Manager
            swe -> RS, whats required to make that jump | AI Research Scientist
            """)
    void aRoleIsNamedByItsInitials(String message, String role) {
        assertThat(ask(null, message).roles()).containsExactly(role);
    }

    @Test
    void initialsOfTwoLettersNameARoleOnlyInCapitals() {
        Answer answer = ask(null, "re: the ml data architect role, what degree?");

        assertThat(answer.roles()).containsExactly("Machine Learning Data Architect");
    }

    @Test
    void anotherJobTheDocumentNamesKeepsTheQuestionBefore() {
        String conversation = "other-job";
        ask(conversation, "how's the job outlook for data architects?");

        Answer answer = ask(conversation, "and for ML engineers?");

        assertThat(firstLine(answer)).contains("22% for Machine Learning Engineers");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            what make the salary of ml architect more high or more low?
            why some ML architects earn 234k and others almost 800k??
            why the huge spread 234k-797k on ML architect tc? whats behind it
            besides yoe, what else would bump my pay as an MLDA?
            """)
    void theReasonsForASpreadOrWhatElseRaisesPayGetTheFactors(String message) {
        assertThat(firstLine(ask(null, message)))
                .startsWith("**What moves the pay of a Machine Learning Data Architect**");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            teammate Alex Novak just moved to research eng at OpenAI - how much is he on now?
            Maria Lopez, head of AI QE at BlackRock - what's her total package?
            """)
    void aNamedPersonsPackageIsPrivate(String message) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(answer.answer()).contains("I can't share anyone's pay").doesNotContain("$");
    }

    @Test
    void aJobHeldWithoutAnArticleAndForBecomeStartTheCareerPath() {
        Answer answer = ask(null, "i am data architect since 5 years, what more i need for become ML data architect?");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        assertThat(firstLine(answer)).startsWith("**From data architect to Machine Learning Data Architect**");
        assertThat(answer.answer()).contains("Specialise in integrating machine learning");
    }

    @Test
    void aRoleWantedInAFewWordsIsAWish() {
        Answer answer = ask(
                null,
                "candidate with 15 years in testing and quality assurance, senior leader, want executive role for AI "
                        + "strategy. what role fit?");

        assertThat(firstLine(answer)).startsWith("**Closest fit: AI Quality Engineering VP.**");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            AI research scientist work only in companies? not in universities? | **No**  | universities
            the AI research manager also publish papers?                        | **Yes** | Publishing papers
            is k8s part of the MLDA skill set?                                  | **Yes** | Kubernetes
            """)
    void shortYesNoQuestionsOpenWithTheirVerdict(String message, String verdict, String fact) {
        Answer answer = ask(null, message);

        assertThat(firstLine(answer)).startsWith(verdict);
        assertThat(answer.answer()).contains(fact);
    }

    @Test
    void skillsListedWithSlashesAreEachRead() {
        String conversation = "slashes";
        Answer fit = ask(conversation, "senior DE, 8 yrs pipelines/warehousing/ETL. which role fits?");
        Answer path = ask(conversation, "ok whats the path there, how many yrs");

        assertThat(firstLine(fit))
                .startsWith("**Closest fit: Machine Learning Data Architect.**")
                .contains("ETL");
        assertThat(path.answer()).contains("3-5 years");
    }

    @Test
    void aPlaceReadTwiceIsNamedOnce() {
        Answer answer = ask(
                null, "startup CTO in Silicon Valley. what does an ML architect cost in the Bay Area specifically?");

        assertThat(answer.answer()).doesNotContain("Bay Area or Bay");
    }

    @Test
    void thePayOfARoleSomeoneMayTakeUpIsTheMarketsNotPrivate() {
        Answer answer = ask(
                null,
                "We live in London, my daughter is thinking about becoming an ML data architect. What would she earn in "
                        + "the UK?");

        assertThat(answer.answer()).doesNotContain("I can't share").contains("$171,000");
    }

    @Test
    void aColleaguesReviewIsPrivate() {
        Answer answer = ask(
                null,
                "my colleague sergey is a research scientist and got a bad review, is he any good or shuold we let him go");

        assertThat(answer.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(answer.answer()).contains("I can't share");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Director of QA at a fintech in Bahrain, test automation, leads engineers, cloud, wants exec level role over AI + quality. fit? | AI Quality Engineering VP
            Senior scientist, PhD, 3 yrs leading a research team, mentors scientists and engineers, PyTorch. what title?                   | AI Research Manager
            """)
    void aJobAndWorkToldInFragmentsFindTheirRole(String message, String role) {
        assertThat(firstLine(ask(null, message))).startsWith("**Closest fit: " + role + ".**");
    }

    @Test
    void aRolesDistinctionFromAnotherSettlesWhetherItIsMostlyOneThing() {
        assertThat(firstLine(ask(null, "Is the AI research engineer job mostly theory?")))
                .startsWith("**No**");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            client in Riyadh asks: ML Architect US base salary range? base only pls, no stocks/bonus | **Base salary: $138,000 to $314,000**
            We are benchmarking a role based in London. What ML data architect salary data do you hold for a hire outside the United States? | no pay figures for London
            """)
    void wherTheAskerIsIsNoScopeWhenTheDocumentsOwnRegionIsAsked(String message, String lead) {
        assertThat(firstLine(ask(null, message))).contains(lead);
    }

    @Test
    void howSomeoneGetsToARoleIsACareerPath() {
        Answer answer = ask(null, "candidate is junior data analyst (2 yrs). how does she get to ML data architect?");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
    }

    @Test
    void aLongerSceneBeforeADashIsNoPartOfTheQuestion() {
        Answer answer = ask(
                null, "backend dev (Java) from Bucharest wants to become AI research engineer - what skills to build?");

        assertThat(answer.answer()).contains("linear algebra").doesNotContain("says nothing about");
    }

    @Test
    void theDocumentsOwnRegionAfterWorldwideFiguresIsNotWorldwide() {
        String conversation = "global-then-us";
        ask(conversation, "what's the global median for ML architect");

        Answer answer = ask(conversation, "and in US? avg total");

        assertThat(firstLine(answer)).startsWith("**Average: $393,000**");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Does the ML data architect need cloud skills and not just SQL?                             | **Yes**
            Is the AI research engineer about practical applications and not theoretical exploration? | **Yes**
            Is the ML data architect mainly refining algorithms?                                       | **Yes**
            """)
    void aClaimTheDocumentAgreesWithIsNoNo(String message, String verdict) {
        assertThat(firstLine(ask(null, message))).startsWith(verdict);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RE: ML architect salary in the US                     | Machine Learning Data Architect
            Is RM 20k a month good for an ML architect in Kuala Lumpur? | Machine Learning Data Architect
            """)
    void twoCapitalsBeforeAColonOrAnAmountNameNoRole(String message, String role) {
        assertThat(ask(null, message).roles()).containsExactly(role);
    }

    @Test
    void usAsAPronounIsNoRegionAsked() {
        assertThat(firstLine(ask(null, "Our client is in Riyadh. Can you tell us the ML architect base range?")))
                .contains("no pay figures for Riyadh");
    }

    @Test
    void aSecondPersonsPayAskedBesideAProspectIsStillPrivate() {
        Answer answer = ask(
                null,
                "My colleague Raj wants to become a research manager. What would he earn, and what does Raj make now?");

        assertThat(answer.answer()).contains("I can't share");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            do the top ml architects clear 700k?                        | **Yes.** **Top 10% earn more than $713,000**
            can an ML architect's base ever go past $300k?              | **Yes, at the top of the range.**
            so data architects out-earn ML data architects?             | **No.**
            Does the research manager need five-plus years of leadership? | **No**
            BLS puts growth for Data Architects at 22% for 2020-2030 - can I quote that? | **No**
            bachelors enuf for an ml data arch?                         | **Yes**
            research scientist gotta have a phd?                        | **Yes**
            """)
    void anAmountOrYearsPutInEverydayWordsGetsItsVerdict(String message, String verdict) {
        assertThat(firstLine(ask(null, message))).startsWith(verdict);
    }

    @Test
    void aCoworkersTotalCompTypedShortIsPrivate() {
        Answer answer = ask(null, "my coworker dana ml arch at a bank, her tc?");

        assertThat(answer.answer()).contains("I can't share").doesNotContain("$");
    }

    @Test
    void aShortFormInThePreviousQuestionIsNoWordTheDocumentLacks() {
        ask("res-sci", "what degree does a res sci need");
        Answer answer = ask("res-sci", "wat abt the manager tho");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("Master's or Ph.D.");
    }

    @Test
    void theWorkOfSomeoneASentenceStartsWithIsFittedNotTheRolesTheyLead() {
        Answer answer = ask(
                null,
                "Interviewee leads a team of six research scientists and engineers, sets the research agenda and "
                        + "mentors juniors. Which role is that?");

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(firstLine(answer)).startsWith("**Closest fit: AI Research Manager.**");
    }

    @Test
    void aLikingToldInFragmentsIsWhatTheFitWeighs() {
        assertThat(firstLine(ask(null, "12 yoe eng leader, into qa testing + ai strategy. which role?")))
                .startsWith("**Closest fit: AI Quality Engineering VP.**");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "why is the spread so huge for the same job title?",
                "pay from the low $200ks to nearly $800k for the same title. what drives that?"
            })
    void aSpreadAskedWithoutARoleGetsWhatMovesPay(String message) {
        Answer answer = ask(null, message);

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).startsWith("**What moves the pay of a Machine Learning Data Architect**");
    }

    @Test
    void theDataArchitectsAverageAskedBesideTheirMedianIsGivenToo() {
        Answer answer = ask(
                null,
                "How do data architects compare with ML architects on pay? I need the data architect average total "
                        + "comp and median figures.");

        assertThat(answer.answer()).contains("$189,122").contains("$154,889");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dear Sir or Madam, I have taught history for thirty years. What is the basic salary of an ML data architect, setting aside bonuses and shares? With thanks in advance, Margaret | **Base salary: $138,000 to $314,000**
            Good morning. My brother-in-law keeps telling me that people in tech are paid partly in shares. How much is the stock part for an ML architect? Many thanks, Patricia Holloway | **Stock options: $10,000 to $534,000**
            Dear advisor, I was surprised how wide the pay range is for ML architects. In the civil service our pay is fixed by grade. What explains such a large spread? Kind regards, Mr. D. Evans | **What moves the pay of a Machine Learning Data Architect**
            Hello, I work for the federal government. I have a chance of a post in San Jose. What do ML architects make out there? Respectfully yours, Carl | **The Machine Learning Data Architect document has no pay figures for San Jose.**
            """)
    void aLettersSalutationAndSignatureAskNothing(String message, String first) {
        Answer answer = ask(null, message);

        assertThat(firstLine(answer)).startsWith(first);
        assertThat(answer.answer()).doesNotContain("$534,000 ").doesNotContain("Global median");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is the job of an AI research engineer purely theoretical?                              | **No**
            Dear Sir, my nephew says the ML version is no better paid. Is it true that ML architects earn more than data architects? Yours, Edith | **Yes.**
            For the research manager, a master is enough? or need doctorate                         | **Yes**
            The research engineer is more about theory than the research scientist, non             | **No**
            """)
    void aYesOrNoPutInALetterOrInAnotherLanguagesWordsGetsItsVerdict(String message, String verdict) {
        assertThat(firstLine(ask(null, message))).startsWith(verdict);
    }

    @Test
    void anAcknowledgementBeforeAFollowUpKeepsItsTopic() {
        ask("goodness", "What is the total yearly pay for an ML architect in the US, everything included?");

        assertThat(firstLine(ask("goodness", "Goodness. And the very highest earners, the top tenth?")))
                .startsWith("**Top 10% earn more than $713,000**");
    }

    @Test
    void howMuchAskedInPortugueseIsAPayQuestion() {
        Answer answer = ask(null, "quanto ganha um ML architect in Brasil?");

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        assertThat(firstLine(answer)).contains("no pay figures for Brazil");
    }

    @Test
    void aFollowUpOpenedInItalianCarriesTheQuestionOn() {
        ask("italian", "How many years of experience I need before become ML data architect");
        Answer answer = ask("italian", "e per il research manager?");

        assertThat(answer.roles()).containsExactly("AI Research Manager");
        assertThat(answer.answer()).contains("2+ years");
    }

    @Test
    void theOneRoleSomeoneWantsToReachIsTheRoleAskedAbout() {
        Answer answer = ask(
                null,
                "A senior research scientist I'm interviewing wants to move up to AI Research Manager. What does the "
                        + "role call for in terms of leadership?");

        assertThat(answer.roles()).containsExactly("AI Research Manager");
        assertThat(answer.answer()).contains("2+ years");
    }

    @Test
    void additionalAndALongTermGoalAreNoSubjectsTheDocumentsLack() {
        assertThat(ask(null, "long term goal VP AI QE. what qualifications matter?")
                        .grounded())
                .isTrue();
        assertThat(ask(
                                null,
                                "A senior AI Research Scientist wants to progress into an AI Research Manager role. "
                                        + "What additional experience should she build?")
                        .answer())
                .contains("2+ years");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            porque unos ml architects ganan 234k y otros casi 800k?? no entiendo | **What moves the pay of a Machine Learning Data Architect**
            cuantos años de experiencia liderando para ai research manager?      | 2+ years
            """)
    void aMessageInSpanishIsReadThroughItsGloss(String message, String first) {
        assertThat(firstLine(ask(null, message))).contains(first);
    }

    @Test
    void aColleaguesPayAskedInSpanishIsPrivate() {
        Answer answer = ask(null, "mi compañera Daniela Rojas es ml data architect, sabes cuanto gana ella?");

        assertThat(answer.answer()).contains("I can't share").doesNotContain("$");
    }
}
