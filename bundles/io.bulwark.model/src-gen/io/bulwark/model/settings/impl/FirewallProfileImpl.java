/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.Platform;
import io.bulwark.model.settings.SettingsPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Firewall Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallProfileImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallProfileImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallProfileImpl#getPlatforms <em>Platforms</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallProfileImpl#getIpRanges <em>Ip Ranges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FirewallProfileImpl extends MinimalEObjectImpl.Container implements FirewallProfile {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected String policy = POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlatforms() <em>Platforms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatforms()
	 * @generated
	 * @ordered
	 */
	protected EList<Platform> platforms;

	/**
	 * The cached value of the '{@link #getIpRanges() <em>Ip Ranges</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpRanges()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ipRanges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FirewallProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.FIREWALL_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.FIREWALL_PROFILE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(String newPolicy) {
		String oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.FIREWALL_PROFILE__POLICY, oldPolicy, policy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Platform> getPlatforms() {
		if (platforms == null) {
			platforms = new EDataTypeEList<Platform>(Platform.class, this, SettingsPackage.FIREWALL_PROFILE__PLATFORMS);
		}
		return platforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIpRanges() {
		if (ipRanges == null) {
			ipRanges = new EDataTypeEList<String>(String.class, this, SettingsPackage.FIREWALL_PROFILE__IP_RANGES);
		}
		return ipRanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.FIREWALL_PROFILE__NAME:
				return getName();
			case SettingsPackage.FIREWALL_PROFILE__POLICY:
				return getPolicy();
			case SettingsPackage.FIREWALL_PROFILE__PLATFORMS:
				return getPlatforms();
			case SettingsPackage.FIREWALL_PROFILE__IP_RANGES:
				return getIpRanges();
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
			case SettingsPackage.FIREWALL_PROFILE__NAME:
				setName((String)newValue);
				return;
			case SettingsPackage.FIREWALL_PROFILE__POLICY:
				setPolicy((String)newValue);
				return;
			case SettingsPackage.FIREWALL_PROFILE__PLATFORMS:
				getPlatforms().clear();
				getPlatforms().addAll((Collection<? extends Platform>)newValue);
				return;
			case SettingsPackage.FIREWALL_PROFILE__IP_RANGES:
				getIpRanges().clear();
				getIpRanges().addAll((Collection<? extends String>)newValue);
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
			case SettingsPackage.FIREWALL_PROFILE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SettingsPackage.FIREWALL_PROFILE__POLICY:
				setPolicy(POLICY_EDEFAULT);
				return;
			case SettingsPackage.FIREWALL_PROFILE__PLATFORMS:
				getPlatforms().clear();
				return;
			case SettingsPackage.FIREWALL_PROFILE__IP_RANGES:
				getIpRanges().clear();
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
			case SettingsPackage.FIREWALL_PROFILE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SettingsPackage.FIREWALL_PROFILE__POLICY:
				return POLICY_EDEFAULT == null ? policy != null : !POLICY_EDEFAULT.equals(policy);
			case SettingsPackage.FIREWALL_PROFILE__PLATFORMS:
				return platforms != null && !platforms.isEmpty();
			case SettingsPackage.FIREWALL_PROFILE__IP_RANGES:
				return ipRanges != null && !ipRanges.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", policy: ");
		result.append(policy);
		result.append(", platforms: ");
		result.append(platforms);
		result.append(", ipRanges: ");
		result.append(ipRanges);
		result.append(')');
		return result.toString();
	}

} //FirewallProfileImpl
