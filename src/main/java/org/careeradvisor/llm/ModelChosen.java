package org.careeradvisor.llm;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code advisor.llm.provider} names a model, read as {@link LlmProperties} binds it (its default, any
 * case), so the condition and the settings never disagree about which provider is chosen.
 */
class ModelChosen extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        LlmProvider provider = Binder.get(context.getEnvironment())
                .bindOrCreate("advisor.llm", LlmProperties.class)
                .provider();
        return provider == LlmProvider.NONE
                ? ConditionOutcome.noMatch("advisor.llm.provider is none")
                : ConditionOutcome.match("advisor.llm.provider is " + provider.id());
    }
}
