package it.anci.welfare.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff account. The password is only ever stored as a DelegatingPasswordEncoder hash.
 */
@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String username;

	String displayName;

	String passwordHash;

	@Enumerated(EnumType.STRING)
	Role role;

	boolean enabled = true;

	Instant createdAt = Instant.now();

	Instant updatedAt = Instant.now();

	@Version
	long version;

}
