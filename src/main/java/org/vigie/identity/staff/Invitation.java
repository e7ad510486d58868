package org.vigie.identity.staff;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.vigie.identity.Role;
import org.vigie.site.Language;

/**
 * An invitation to join the staff, by a link sent by email and valid for 48 hours.
 */
@Entity
@Table(name = "identity_invitation")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String roles;

	@Column(name = "lang", nullable = false)
	private String language;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "invited_by", nullable = false)
	private String invitedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	protected Invitation() {
	}

	Invitation(String email, Set<Role> roles, Language language, String tokenHash, String invitedBy, Instant now,
			Instant expiresAt) {
		this.email = email;
		this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
		this.language = language.code();
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	public Long getId() {
		return this.id;
	}

	public boolean isOpenAt(Instant now) {
		return this.acceptedAt == null && now.isBefore(this.expiresAt);
	}

	void accept(Instant now) {
		this.acceptedAt = now;
	}

	public String getEmail() {
		return this.email;
	}

	public Set<Role> getRoles() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(this.roles.split(",")).filter((name) -> !name.isBlank()).map(Role::valueOf).forEach(set::add);
		return set;
	}

	public Language getLanguage() {
		return Language.fromCode(this.language).orElse(Language.FR);
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getAcceptedAt() {
		return this.acceptedAt;
	}

	public String getInvitedBy() {
		return this.invitedBy;
	}

}
