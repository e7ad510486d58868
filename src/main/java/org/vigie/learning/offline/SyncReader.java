package org.vigie.learning.offline;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Reads a batch of offline answers, refusing anything but what the offline app sends:
 * JSON of at most {@value #MAX_BYTES} bytes (counted while reading, whatever the request
 * claims), at most {@value #MAX_ANSWERS} answers, no unknown or duplicate fields, no
 * number written as text or text as a number, nothing after the object.
 */
final class SyncReader {

	static final int MAX_BYTES = 256 * 1024;

	static final int MAX_ANSWERS = 500;

	/**
	 * The header the offline app adds, which a plain form from another site cannot send.
	 */
	static final String HEADER = "X-Vigie-Sync";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
				DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
		.withCoercionConfig(LogicalType.Integer,
				(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
		.build();

	private SyncReader() {
	}

	/**
	 * The batch a request carries.
	 * @throws SyncRefused when it is not a well-formed batch within the limits
	 */
	static SyncBatch read(HttpServletRequest request) {
		if (!isJson(request.getContentType())) {
			throw new SyncRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "notJson");
		}
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw new SyncRefused(HttpStatus.CONTENT_TOO_LARGE, "tooLarge");
		}
		byte[] body = body(request);
		SyncBatch batch;
		try {
			batch = JSON.readValue(body, SyncBatch.class);
		}
		catch (JacksonException ex) {
			throw new SyncRefused(HttpStatus.BAD_REQUEST, "malformed");
		}
		if (batch == null || batch.answers() == null || batch.answers().contains(null)) {
			throw new SyncRefused(HttpStatus.BAD_REQUEST, "malformed");
		}
		if (batch.answers().size() > MAX_ANSWERS) {
			throw new SyncRefused(HttpStatus.CONTENT_TOO_LARGE, "tooMany");
		}
		return batch;
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] body(HttpServletRequest request) {
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BYTES + 1);
			if (body.length > MAX_BYTES) {
				throw new SyncRefused(HttpStatus.CONTENT_TOO_LARGE, "tooLarge");
			}
			return body;
		}
		catch (IOException ex) {
			throw new SyncRefused(HttpStatus.BAD_REQUEST, "malformed");
		}
	}

}
