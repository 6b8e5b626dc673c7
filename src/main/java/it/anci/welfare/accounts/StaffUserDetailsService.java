package it.anci.welfare.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	StaffUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(AccountService.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return User.withUsername(user.username)
			.password(user.passwordHash)
			.roles(user.role.name())
			.disabled(!user.enabled)
			.build();
	}

}
