/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.WebReputationPolicy;
import io.bulwark.model.settings.WebReputationSecurityLevel;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Web Reputation Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.WebReputationPolicyImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.WebReputationPolicyImpl#isEnabledOnServers <em>Enabled On Servers</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.WebReputationPolicyImpl#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.WebReputationPolicyImpl#getApprovedUrls <em>Approved Urls</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WebReputationPolicyImpl extends MinimalEObjectImpl.Container implements WebReputationPolicy {
	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabledOnServers() <em>Enabled On Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabledOnServers()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_ON_SERVERS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabledOnServers() <em>Enabled On Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabledOnServers()
	 * @generated
	 * @ordered
	 */
	protected boolean enabledOnServers = ENABLED_ON_SERVERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected static final WebReputationSecurityLevel SECURITY_LEVEL_EDEFAULT = WebReputationSecurityLevel.HIGH;

	/**
	 * The cached value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected WebReputationSecurityLevel securityLevel = SECURITY_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApprovedUrls() <em>Approved Urls</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedUrls()
	 * @generated
	 * @ordered
	 */
	protected EList<String> approvedUrls;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WebReputationPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.WEB_REPUTATION_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION_POLICY__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabledOnServers() {
		return enabledOnServers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabledOnServers(boolean newEnabledOnServers) {
		boolean oldEnabledOnServers = enabledOnServers;
		enabledOnServers = newEnabledOnServers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS, oldEnabledOnServers, enabledOnServers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebReputationSecurityLevel getSecurityLevel() {
		return securityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityLevel(WebReputationSecurityLevel newSecurityLevel) {
		WebReputationSecurityLevel oldSecurityLevel = securityLevel;
		securityLevel = newSecurityLevel == null ? SECURITY_LEVEL_EDEFAULT : newSecurityLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION_POLICY__SECURITY_LEVEL, oldSecurityLevel, securityLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApprovedUrls() {
		if (approvedUrls == null) {
			approvedUrls = new EDataTypeEList<String>(String.class, this, SettingsPackage.WEB_REPUTATION_POLICY__APPROVED_URLS);
		}
		return approvedUrls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED:
				return isEnabled();
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS:
				return isEnabledOnServers();
			case SettingsPackage.WEB_REPUTATION_POLICY__SECURITY_LEVEL:
				return getSecurityLevel();
			case SettingsPackage.WEB_REPUTATION_POLICY__APPROVED_URLS:
				return getApprovedUrls();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS:
				setEnabledOnServers((Boolean)newValue);
				return;
			case SettingsPackage.WEB_REPUTATION_POLICY__SECURITY_LEVEL:
				setSecurityLevel((WebReputationSecurityLevel)newValue);
				return;
			case SettingsPackage.WEB_REPUTATION_POLICY__APPROVED_URLS:
				getApprovedUrls().clear();
				getApprovedUrls().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS:
				setEnabledOnServers(ENABLED_ON_SERVERS_EDEFAULT);
				return;
			case SettingsPackage.WEB_REPUTATION_POLICY__SECURITY_LEVEL:
				setSecurityLevel(SECURITY_LEVEL_EDEFAULT);
				return;
			case SettingsPackage.WEB_REPUTATION_POLICY__APPROVED_URLS:
				getApprovedUrls().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case SettingsPackage.WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS:
				return enabledOnServers != ENABLED_ON_SERVERS_EDEFAULT;
			case SettingsPackage.WEB_REPUTATION_POLICY__SECURITY_LEVEL:
				return securityLevel != SECURITY_LEVEL_EDEFAULT;
			case SettingsPackage.WEB_REPUTATION_POLICY__APPROVED_URLS:
				return approvedUrls != null && !approvedUrls.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", enabledOnServers: ");
		result.append(enabledOnServers);
		result.append(", securityLevel: ");
		result.append(securityLevel);
		result.append(", approvedUrls: ");
		result.append(approvedUrls);
		result.append(')');
		return result.toString();
	}

} //WebReputationPolicyImpl
