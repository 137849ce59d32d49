package vn.motcua.workflow.internal;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnLogger;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformer;
import org.camunda.bpm.dmn.engine.impl.transform.DefaultDmnTransform;
import org.camunda.bpm.dmn.engine.impl.transform.DefaultDmnTransformer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.BpmnParseFactory;
import org.camunda.bpm.engine.impl.cfg.DefaultBpmnParseFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.dmn.DmnModelException;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.impl.DmnModelConstants;
import org.camunda.bpm.model.dmn.impl.DmnParser;
import org.camunda.bpm.model.xml.ModelParseException;
import org.camunda.bpm.model.xml.impl.util.DomUtil;
import org.camunda.bpm.model.xml.instance.DomDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The engine validates every BPMN and DMN model it deploys against the XML schemas of BPMN 2.0 and DMN 1.1–1.5, as it
 * should; but it hands the parser the schemas' files each time, so the parser reads and compiles the schemas again
 * for every model (for a DMN model, all six versions of them). Deploying the province's catalog (1,591 processes and
 * 1,588 decisions) spent about 60 % of its time compiling the same schemas (BENCHMARKS.md "Start-up: the schemas
 * compiled once"). Here the same schemas are compiled once per node and the parsers validate against the compiled
 * {@link Schema}: the same validation, the same errors, the same parsed model (schema default attributes included,
 * checked model by model over the whole tree by {@code PrecompiledSchemasTest}), without the repeated work.
 *
 * <p>Engine-specific on purpose and kept to this class: the BPMN side is the engine's {@link BpmnParseFactory} (its
 * parses take their SAX parsers from here), the DMN side the DMN engine's transformer. A deployment that asks the
 * engine for no schema validation is parsed the engine's own way.
 */
@Component
class PrecompiledSchemas extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(PrecompiledSchemas.class);

    private static final String JAXP_SCHEMA_LANGUAGE = "http://java.sun.com/xml/jaxp/properties/schemaLanguage";
    private static final String JAXP_SCHEMA_SOURCE = "http://java.sun.com/xml/jaxp/properties/schemaSource";
    private static final String NAMESPACE_PREFIXES = "http://xml.org/sax/features/namespace-prefixes";

    /** The DMN schemas in the order the model API gives them to its parser (DmnParser.configureFactory). */
    static final List<String> DMN_SCHEMAS = List.of(DmnModelConstants.DMN_15_SCHEMA_LOCATION,
            DmnModelConstants.DMN_14_SCHEMA_LOCATION, DmnModelConstants.DMN_13_SCHEMA_LOCATION,
            DmnModelConstants.DMN_12_SCHEMA_LOCATION, DmnModelConstants.DMN_11_SCHEMA_LOCATION,
            DmnModelConstants.DMN_11_ALTERNATIVE_SCHEMA_LOCATION);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = dmnEngineConfiguration(configuration);
        if (dmn.getTransformer() != null && dmn.getTransformer().getClass() != DefaultDmnTransformer.class) {
            log.warn("The DMN engine has its own transformer ({}): DMN models are parsed the engine's way",
                    dmn.getTransformer().getClass().getName());
        } else {
            dmn.setTransformer(new DmnTransformerWithCompiledSchemas());
        }
        BpmnParseFactory bpmn = configuration.getBpmnParseFactory();
        if (bpmn != null && bpmn.getClass() != DefaultBpmnParseFactory.class) {
            log.warn("The engine has its own BPMN parse factory ({}): BPMN models are parsed the engine's way",
                    bpmn.getClass().getName());
        } else {
            configuration.setBpmnParseFactory(BpmnParseWithCompiledSchema::new);
        }
    }

    /**
     * The DMN engine's configuration the process engine will build its DMN engine from, made (Camunda's default) and
     * handed to it if no plug-in did before: the engine plug-ins that change the DMN engine share one.
     */
    static DefaultDmnEngineConfiguration dmnEngineConfiguration(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getDmnEngineConfiguration() == null) {
            configuration.setDmnEngineConfiguration(
                    (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
        }
        return configuration.getDmnEngineConfiguration();
    }

    /** Compiles schemas read from the class path; their imports resolve next to them. */
    static Schema compile(ClassLoader loader, List<String> resources) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Source[] sources = resources.stream().map(resource -> {
                URL url = Objects.requireNonNull(loader.getResource(resource), resource);
                return (Source) new StreamSource(url.toExternalForm());
            }).toArray(Source[]::new);
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile " + resources, e);
        }
    }

    // ---------------------------------------------------------------- BPMN

    /** Where the engine's BPMN parse names BPMN 2.0's schema ({@code BpmnParse}'s constructor). */
    static final String BPMN_SCHEMA_SOURCE =
            org.camunda.bpm.engine.impl.util.ReflectUtil.getResourceUrlAsString(BpmnParser.BPMN_20_SCHEMA_LOCATION);

    /** BPMN 2.0's schema (with its imports), compiled on first use. */
    static final class BpmnSchema {
        static final Schema SCHEMA = compile(BpmnParser.class.getClassLoader(), List.of(BpmnParser.BPMN_20_SCHEMA_LOCATION));
    }

    /**
     * A thread's factory for BPMN's SAX parsers and its last parser, with the XXE setting it was made with: kept by
     * each thread that has deployed a process or loaded one back into the definition cache. Between parses the
     * parser holds no handler (so nothing of the last parse, see {@link SchemaSetSaxParser#parse}), only its own
     * buffers and validator.
     */
    private static final class BpmnSaxParsers {
        final SAXParserFactory factory = SAXParserFactory.newInstance();
        SchemaSetSaxParser parser;
        Boolean xxeProcessing;

        BpmnSaxParsers() {
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            try {
                factory.setFeature(NAMESPACE_PREFIXES, true);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException(e);
            }
            factory.setSchema(BpmnSchema.SCHEMA);
        }
    }

    private static final ThreadLocal<BpmnSaxParsers> BPMN_PARSERS = ThreadLocal.withInitial(BpmnSaxParsers::new);

    /**
     * The engine's parse of one BPMN model, its SAX parser from {@link SaxParsers}; everything else (the parse
     * listeners, the expression manager) is the engine's {@link BpmnParser}'s.
     */
    static final class BpmnParseWithCompiledSchema extends BpmnParse {

        BpmnParseWithCompiledSchema(BpmnParser parser) {
            super(parser);
            this.parser = SaxParsers.INSTANCE;
        }

        /** Where this parse takes its SAX parsers from. */
        org.camunda.bpm.engine.impl.util.xml.Parser saxParsers() {
            return parser;
        }
    }

    /**
     * The SAX parsers of a BPMN parse, validating against the compiled schema. The engine asks for validation by making
     * its shared factory validating ({@code Parse.setSchemaResource}, always BPMN 2.0's schema for a BPMN parse);
     * the same XXE settings as the engine's apply. A parse that asks for no validation gets the engine's own parser.
     */
    static final class SaxParsers extends org.camunda.bpm.engine.impl.util.xml.Parser {

        static final SaxParsers INSTANCE = new SaxParsers();

        @Override
        public org.camunda.bpm.engine.impl.util.xml.Parse createParse() {
            throw new UnsupportedOperationException("only makes the SAX parsers of a BpmnParse");
        }

        @Override
        protected SAXParser getSaxParser() throws Exception {
            if (!getSaxParserFactoryLazily().isValidating()) {
                return super.getSaxParser();
            }
            // One parser per thread, reset after each model (SchemaSetSaxParser.parse): making one (a schema validator
            // with it) and setting the XXE features on the factory (each setting makes a parser to try it) cost more
            // than parsing a model. A parse reads the whole document before the engine's parse listeners run, so a
            // thread never needs two.
            BpmnSaxParsers parsers = BPMN_PARSERS.get();
            Boolean xxeProcessing = isEnableXxeProcessing();
            if (parsers.parser == null || !xxeProcessing.equals(parsers.xxeProcessing)) {
                setXxeProcessing(parsers.factory);
                parsers.parser = new SchemaSetSaxParser(parsers.factory.newSAXParser());
                parsers.xxeProcessing = xxeProcessing;
            }
            return parsers.parser;
        }
    }

    /**
     * A parser whose schema is set: the engine's {@code Parse} still names the schema's file in the JAXP properties,
     * which a parser with a set schema refuses; the file named is the one compiled, so they are left out.
     */
    static final class SchemaSetSaxParser extends SAXParser {

        private final SAXParser parser;

        SchemaSetSaxParser(SAXParser parser) {
            this.parser = parser;
        }

        @Override
        @SuppressWarnings("deprecation")
        public Parser getParser() throws SAXException {
            return parser.getParser();
        }

        @Override
        public XMLReader getXMLReader() throws SAXException {
            return parser.getXMLReader();
        }

        @Override
        public boolean isNamespaceAware() {
            return parser.isNamespaceAware();
        }

        @Override
        public boolean isValidating() {
            return true;
        }

        @Override
        public Schema getSchema() {
            return parser.getSchema();
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (JAXP_SCHEMA_LANGUAGE.equals(name) && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(value)
                    || JAXP_SCHEMA_SOURCE.equals(name) && BPMN_SCHEMA_SOURCE.equals(value)) {
                return;
            }
            if (JAXP_SCHEMA_LANGUAGE.equals(name) || JAXP_SCHEMA_SOURCE.equals(name)) {
                // never validate silently against a schema other than the one asked for
                throw new SAXNotSupportedException("This parser validates against BPMN 2.0's schema only, not " + value);
            }
            parser.setProperty(name, value);
        }

        /**
         * Parses, then lets go of the handler: the engine's handler holds the whole parse (its element tree, the
         * deployment and its resources), which a thread's kept parser must not keep alive until its next model.
         */
        @Override
        public void parse(org.xml.sax.InputSource source, org.xml.sax.helpers.DefaultHandler handler)
                throws SAXException, java.io.IOException {
            try {
                parser.parse(source, handler);
            } finally {
                XMLReader reader = parser.getXMLReader();
                reader.setContentHandler(null);
                reader.setErrorHandler(null);
                reader.setEntityResolver(null);
                reader.setDTDHandler(null);
                parser.reset();
            }
        }

        @Override
        public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
            return parser.getProperty(name);
        }

        @Override
        public void reset() {
            parser.reset();
        }
    }

    // ---------------------------------------------------------------- DMN

    /** The model API's DMN parser, validating against the six DMN schemas compiled once. */
    static final class DmnParserWithCompiledSchemas extends DmnParser {

        static final DmnParserWithCompiledSchemas INSTANCE = new DmnParserWithCompiledSchemas();

        private final DocumentBuilderFactory factory;

        private DmnParserWithCompiledSchemas() {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            // as AbstractModelParser.configureFactory, with the compiled schemas instead of the schema files
            dbf.setValidating(false);
            dbf.setIgnoringComments(false);
            dbf.setIgnoringElementContentWhitespace(false);
            dbf.setNamespaceAware(true);
            try {
                dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
                dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            try {
                dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, resolveAccessExternalSchemaProperty());
            } catch (IllegalArgumentException e) {
                // as the model API: a parser without the property keeps its own default
            }
            dbf.setSchema(compile(DmnParser.class.getClassLoader(), DMN_SCHEMAS));
            this.factory = dbf;
        }

        /** The factory of the documents it parses (read by the tests: a compiled schema, no schema files). */
        DocumentBuilderFactory factory() {
            return factory;
        }

        @Override
        public org.camunda.bpm.model.dmn.impl.DmnModelInstanceImpl parseModelFromStream(InputStream inputStream) {
            try {
                DomDocument document;
                synchronized (factory) {
                    document = DomUtil.parseInputStream(factory, inputStream);
                }
                validateModel(document);
                return createModelInstance(document);
            } catch (ModelParseException e) {
                throw new DmnModelException("Unable to parse model", e);
            }
        }
    }

    /** The DMN engine's transformer, its transforms reading models with {@link DmnParserWithCompiledSchemas}. */
    static final class DmnTransformerWithCompiledSchemas extends DefaultDmnTransformer {

        DmnTransformerWithCompiledSchemas() {
            transformFactory = DmnTransformWithCompiledSchemas::new;
        }
    }

    static final class DmnTransformWithCompiledSchemas extends DefaultDmnTransform {

        DmnTransformWithCompiledSchemas(DmnTransformer transformer) {
            super(transformer);
        }

        @Override
        public void setModelInstance(InputStream inputStream) {
            Objects.requireNonNull(inputStream, "inputStream");
            DmnModelInstance model;
            try {
                model = DmnParserWithCompiledSchemas.INSTANCE.parseModelFromStream(inputStream);
            } catch (DmnModelException e) {
                throw DmnLogger.TRANSFORM_LOGGER.unableToTransformDecisionsFromInputStream(e);
            }
            setModelInstance(model);
        }

        @Override
        public DefaultDmnTransform modelInstance(InputStream inputStream) {
            setModelInstance(inputStream);
            return this;
        }
    }
}
