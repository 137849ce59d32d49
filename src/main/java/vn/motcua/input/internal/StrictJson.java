package vn.motcua.input.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.motcua.input.MultiLine;
import vn.motcua.problem.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JSON request bodies of the app's API (and JSON parts of multipart submissions) read strictly. Only the MVC
 * converter changes: the app's own {@code ObjectMapper}, which the partner clients also use, stays as it is.
 * <ul>
 *   <li>the body must be UTF-8 (a declared other charset is 415) and well-formed UTF-8 (no overlong forms, no
 *       encoded surrogates), checked on the bytes before Jackson, which would decode some of them into other
 *       characters;</li>
 *   <li>no coercion: a number or boolean is not a string, a string is not a number or boolean, a float is not an
 *       integer, a number is not an enum;</li>
 *   <li>nothing after the document ({@code FAIL_ON_TRAILING_TOKENS}), no key twice
 *       ({@code STRICT_DUPLICATE_DETECTION}); unknown properties stay refused (the app's setting);</li>
 *   <li>every string value and key passes {@link TextRules} (and is stored in NFC); {@link MultiLine} fields may
 *       hold line breaks and tabs, and so may free-form values of untyped maps (form data);</li>
 *   <li>dates and times from 1900 to 2199 ({@code BirthDate} narrows a date of birth to today).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

    static final int EARLIEST_YEAR = PlausibleDates.EARLIEST_YEAR;
    static final int LATEST_YEAR = PlausibleDates.LATEST_YEAR;

    @Override
    public void extendMessageConverters(@NonNull List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i).getClass() == MappingJackson2HttpMessageConverter.class) {
                MappingJackson2HttpMessageConverter app = (MappingJackson2HttpMessageConverter) converters.get(i);
                converters.set(i, new Converter(strict(app.getObjectMapper())));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper app) {
        ObjectMapper strict = app.copy();
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            strict.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("motcua-strict-input");
        module.addDeserializer(String.class, new StrictString(true));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean temporal = type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                        || type == ZonedDateTime.class || type == Instant.class;
                return temporal ? new PlausibleTime(deserializer) : deserializer;
            }
        });
        strict.registerModule(module);
        return strict;
    }

    /** Strings through {@link TextRules}; contextual, so that a {@link MultiLine} property allows line breaks. */
    static final class StrictString extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private final boolean multiLine;

        StrictString(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            // no property: a value inside an untyped map or list (free-form form data), where several lines are fine
            return property == null ? this : new StrictString(property.getAnnotation(MultiLine.class) != null);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return TextRules.check("", StringDeserializer.instance.deserialize(p, ctxt), multiLine);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** A date or time between {@link #EARLIEST_YEAR} and {@link #LATEST_YEAR}. */
    static final class PlausibleTime extends DelegatingDeserializer {
        PlausibleTime(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new PlausibleTime(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            int year = value instanceof LocalDate d ? d.getYear()
                    : value instanceof LocalDateTime t ? t.getYear()
                    : value instanceof OffsetDateTime t ? t.getYear()
                    : value instanceof ZonedDateTime t ? t.getYear()
                    : value instanceof Instant i ? i.atOffset(ZoneOffset.UTC).getYear()
                    : EARLIEST_YEAR;
            if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                throw new InvalidInputException("", "Ngày ngoài khoảng hợp lý (năm " + EARLIEST_YEAR + "–" + LATEST_YEAR + ")",
                        "Date outside the plausible range (years " + EARLIEST_YEAR + "–" + LATEST_YEAR + ")");
            }
            return value;
        }
    }

    /** The MVC converter: UTF-8 only and well-formed, keys checked, then the strict mapper. */
    static final class Converter extends MappingJackson2HttpMessageConverter {
        Converter(ObjectMapper strict) {
            super(strict);
        }

        @Override
        protected boolean canRead(MediaType mediaType) {
            return super.canRead(mediaType)
                    && (mediaType == null || mediaType.getCharset() == null || StandardCharsets.UTF_8.equals(mediaType.getCharset()));
        }

        @Override
        public Object read(@NonNull Type type, Class<?> contextClass, @NonNull HttpInputMessage input)
                throws IOException, HttpMessageNotReadableException {
            byte[] body = input.getBody().readAllBytes();
            checkUtf8(body);
            checkKeys(body);
            return super.read(type, contextClass, new HttpInputMessage() {
                @Override
                public @NonNull InputStream getBody() {
                    return new ByteArrayInputStream(body);
                }

                @Override
                public @NonNull HttpHeaders getHeaders() {
                    return input.getHeaders();
                }
            });
        }

        private void checkUtf8(byte[] body) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.wrap(body);
            try {
                utf8.decode(bytes);
            } catch (MalformedInputException e) {
                int at = position(body, utf8);
                throw new InvalidInputException(fieldAt(body, at), "Văn bản không phải UTF-8 hợp lệ (byte " + at + ")",
                        "The text is not well-formed UTF-8 (byte " + at + ")");
            } catch (CharacterCodingException e) {
                throw new InvalidInputException("body", "Nội dung không phải UTF-8 hợp lệ", "The body is not well-formed UTF-8");
            }
        }

        /** The offset of the first malformed sequence (the decoder's exception does not carry it). */
        private static int position(byte[] body, CharsetDecoder utf8) {
            utf8.reset();
            ByteBuffer in = ByteBuffer.wrap(body);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(body.length + 1);
            utf8.decode(in, out, true);
            return in.position();
        }

        /** The JSON path being read at byte {@code offset}, from a parse of what comes before it. */
        private String fieldAt(byte[] body, int offset) {
            JsonParser parser = null;
            try {
                parser = getObjectMapper().getFactory().createParser(body, 0, offset);
                while (parser.nextToken() != null) {
                    // walk up to the bad byte
                }
            } catch (IOException | RuntimeException e) {
                // the cut ends inside the value that holds the bad byte: the parser's context names it
            }
            return parser == null ? "body" : path(parser.getParsingContext());
        }

        /** Every key passes the text rules too (untyped maps keep their keys as sent, and PostgreSQL stores them). */
        private void checkKeys(byte[] body) {
            try (JsonParser parser = getObjectMapper().getFactory().createParser(body)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME) {
                        TextRules.check(path(parser.getParsingContext()), parser.currentName(), false);
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidInputException invalid) {
                    throw invalid;
                }
                // malformed JSON: the mapper says so below, with its own message
            }
        }

        static String path(JsonStreamContext context) {
            List<String> parts = new ArrayList<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    parts.add("." + c.getCurrentName());
                }
            }
            Collections.reverse(parts);
            String joined = String.join("", parts);
            joined = joined.startsWith(".") ? joined.substring(1) : joined;
            return joined.isEmpty() ? "body" : joined;
        }
    }
}
