package org.vigie.identity.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.vigie.identity.AuditAction;

/**
 * Stores an audit action by its name, as the enum it replaced did, so earlier entries and
 * their hashes stay valid.
 */
@Converter(autoApply = true)
class AuditActionConverter implements AttributeConverter<AuditAction, String> {

	@Override
	public String convertToDatabaseColumn(AuditAction action) {
		return (action != null) ? action.name() : null;
	}

	@Override
	public AuditAction convertToEntityAttribute(String name) {
		return (name != null) ? new AuditAction(name) : null;
	}

}
