package no.kommune.housingfirst.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.staff.PasswordRejectedException;
import no.kommune.housingfirst.staff.StaffAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person changes their own password, giving the current one. Also the one page open to
 * somebody whose password an administrator set: the security chain sends them here until
 * they have changed it (see {@code shared.security.PasswordChangeFilter}). The current
 * password is guarded like a login: a wrong one is a failed login (it counts towards the
 * account's lock and the address's throttle), and a throttled or locked one is not
 * checked.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final StaffAccounts accounts;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	PasswordController(StaffAccounts accounts, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.events = events;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return view(user, model);
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmation")
				&& !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "staff.password.mismatch");
		}
		if (!result.hasErrors()) {
			LoginThrottle.Decision decision = this.throttle.check(request.getRemoteAddr(), user.getUsername());
			if (decision.refused()) {
				result.rejectValue("currentPassword", "staff.password.throttled");
				return view(user, model);
			}
			this.throttle.pause(decision.delay());
			try {
				this.accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("message", "staff.password.changed");
				return "redirect:/";
			}
			catch (PasswordRejectedException ex) {
				if (ex.messageKeys().contains("staff.password.currentWrong")) {
					failedLogin(user, request);
				}
				ex.messageKeys()
					.forEach((key) -> result
						.rejectValue(key.equals("staff.password.currentWrong") || key.equals("staff.password.locked")
								? "currentPassword" : "newPassword", key));
			}
		}
		return view(user, model);
	}

	/**
	 * The same event a failed login publishes: the account's failure count, the throttle
	 * and the security log all take it.
	 */
	private void failedLogin(CurrentUser user, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(user.getUsername(), null);
		attempt.setDetails(new WebAuthenticationDetails(request.getRemoteAddr(), null));
		this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
				new BadCredentialsException("wrong current password")));
	}

	private String view(CurrentUser user, Model model) {
		model.addAttribute("required", user.passwordChangeRequired());
		return "staff/password";
	}

}
