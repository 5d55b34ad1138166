/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.Firewall;
import io.bulwark.model.settings.FirewallPolicy;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.SettingsPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Firewall</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallImpl#isEnabledOnServers <em>Enabled On Servers</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallImpl#getProfiles <em>Profiles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FirewallImpl extends MinimalEObjectImpl.Container implements Firewall {
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
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<FirewallPolicy> policies;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<FirewallProfile> profiles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FirewallImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.FIREWALL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.FIREWALL__ENABLED, oldEnabled, enabled));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.FIREWALL__ENABLED_ON_SERVERS, oldEnabledOnServers, enabledOnServers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FirewallPolicy> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<FirewallPolicy>(FirewallPolicy.class, this, SettingsPackage.FIREWALL__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FirewallProfile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectContainmentEList<FirewallProfile>(FirewallProfile.class, this, SettingsPackage.FIREWALL__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.FIREWALL__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case SettingsPackage.FIREWALL__PROFILES:
				return ((InternalEList<?>)getProfiles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.FIREWALL__ENABLED:
				return isEnabled();
			case SettingsPackage.FIREWALL__ENABLED_ON_SERVERS:
				return isEnabledOnServers();
			case SettingsPackage.FIREWALL__POLICIES:
				return getPolicies();
			case SettingsPackage.FIREWALL__PROFILES:
				return getProfiles();
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
			case SettingsPackage.FIREWALL__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SettingsPackage.FIREWALL__ENABLED_ON_SERVERS:
				setEnabledOnServers((Boolean)newValue);
				return;
			case SettingsPackage.FIREWALL__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends FirewallPolicy>)newValue);
				return;
			case SettingsPackage.FIREWALL__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends FirewallProfile>)newValue);
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
			case SettingsPackage.FIREWALL__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SettingsPackage.FIREWALL__ENABLED_ON_SERVERS:
				setEnabledOnServers(ENABLED_ON_SERVERS_EDEFAULT);
				return;
			case SettingsPackage.FIREWALL__POLICIES:
				getPolicies().clear();
				return;
			case SettingsPackage.FIREWALL__PROFILES:
				getProfiles().clear();
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
			case SettingsPackage.FIREWALL__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case SettingsPackage.FIREWALL__ENABLED_ON_SERVERS:
				return enabledOnServers != ENABLED_ON_SERVERS_EDEFAULT;
			case SettingsPackage.FIREWALL__POLICIES:
				return policies != null && !policies.isEmpty();
			case SettingsPackage.FIREWALL__PROFILES:
				return profiles != null && !profiles.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //FirewallImpl
