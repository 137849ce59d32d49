package vn.motcua.workflow.internal;

import camundajar.impl.scala.util.Either;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DMN engine's FEEL expressions parsed once per node instead of at every evaluation.
 *
 * <p>Camunda's FEEL integration ({@code ScalaFeelEngine}) hands the expression's text to the FEEL engine for every
 * input expression, input entry and output entry it evaluates, and the FEEL engine parses (and validates) the text
 * each time before evaluating it: {@code evalUnaryTests(text, context)} is {@code parseUnaryTests(text)} then
 * {@code eval(parsed, context)}, and {@code evalExpression} likewise. A parse depends on the text alone (and the
 * engine's fixed configuration), so its result is kept by text: the same {@code Either}, failures included, that the
 * engine would compute again. Everything else is Camunda's own: its context, value mappers, custom functions and
 * error messages ({@link ScalaFeelEngine} is extended, only the FEEL engine it builds is replaced by one with the
 * two parse methods remembered). Measured in BENCHMARKS.md "Submission: five costs taken out".
 *
 * <p>At most {@link #MAX_TEXTS} texts are kept (the whole catalog's 1,584 tables hold 38 distinct ones); past that the
 * memory is emptied and fills again. With the engine's {@code dmnFeelEnableLegacyBehavior} set, its legacy (JUEL-based)
 * FEEL is used unchanged.
 */
@Component
class FeelParsedOnce extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(FeelParsedOnce.class);

    static final int MAX_TEXTS = 20_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = PrecompiledSchemas.dmnEngineConfiguration(configuration);
        if (dmn.getFeelEngineFactory() != null || dmn.getFeelEngine() != null) {
            log.warn("The DMN engine has its own FEEL engine ({}): FEEL expressions are parsed the engine's way",
                    dmn.getFeelEngineFactory() != null ? dmn.getFeelEngineFactory().getClass().getName()
                            : dmn.getFeelEngine().getClass().getName());
            return;
        }
        dmn.setFeelEngineFactory(new Factory(dmn));
    }

    /**
     * Builds the FEEL engine when the DMN engine is built, after the process engine has handed it its settings (custom
     * functions, legacy behaviour), as Camunda's own factory would.
     */
    static final class Factory implements FeelEngineFactory {

        private final DefaultDmnEngineConfiguration dmn;

        Factory(DefaultDmnEngineConfiguration dmn) {
            this.dmn = dmn;
        }

        @Override
        public FeelEngine createInstance() {
            if (dmn.isEnableFeelLegacyBehavior()) {
                return new FeelEngineFactoryImpl().createInstance();
            }
            return new Engine(dmn.getFeelCustomFunctionProviders());
        }
    }

    /** Camunda's FEEL integration with a FEEL engine that remembers its parses. */
    static final class Engine extends ScalaFeelEngine {

        Engine(List<FeelCustomFunctionProvider> functionProviders) {
            super(functionProviders);
        }

        @Override
        protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                                                              ValueMapper.CompositeValueMapper valueMapper) {
            // Camunda's FEEL engine as Camunda builds it, whose settings the remembering one takes over
            org.camunda.feel.FeelEngine camundas = super.buildFeelEngine(functions, valueMapper);
            return new Parses(camundas);
        }

        /** The parses this engine remembers (tests). */
        Parses parses() {
            return (Parses) feelEngine;
        }
    }

    /** The FEEL engine, each text parsed once: what the engine's two parse methods returned for it, kept. */
    static final class Parses extends org.camunda.feel.FeelEngine {

        private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        Parses(org.camunda.feel.FeelEngine settings) {
            super(settings.functionProvider(), settings.valueMapper(), settings.configuration(), settings.clock());
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return remembered(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return remembered(unaryTests, expression, super::parseUnaryTests);
        }

        /** How many texts are remembered (tests). */
        int size() {
            return expressions.size() + unaryTests.size();
        }

        private Either<Failure, ParsedExpression> remembered(Map<String, Either<Failure, ParsedExpression>> parses,
                                                                    String text,
                                                                    java.util.function.Function<String, Either<Failure, ParsedExpression>> parse) {
            if (text == null) {
                return parse.apply(null);
            }
            if (parses.size() >= MAX_TEXTS) {
                parses.clear();
            }
            return parses.computeIfAbsent(text, parse);
        }
    }
}
