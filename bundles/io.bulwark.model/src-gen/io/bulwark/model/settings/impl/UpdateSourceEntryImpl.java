/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.UpdateSourceEntry;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update Source Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSourceEntryImpl#getIpRange <em>Ip Range</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSourceEntryImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSourceEntryImpl#getUpdateAgentId <em>Update Agent Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateSourceEntryImpl extends MinimalEObjectImpl.Container implements UpdateSourceEntry {
	/**
	 * The default value of the '{@link #getIpRange() <em>Ip Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpRange()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpRange() <em>Ip Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpRange()
	 * @generated
	 * @ordered
	 */
	protected String ipRange = IP_RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdateAgentId() <em>Update Agent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateAgentId()
	 * @generated
	 * @ordered
	 */
	protected static final String UPDATE_AGENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdateAgentId() <em>Update Agent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateAgentId()
	 * @generated
	 * @ordered
	 */
	protected String updateAgentId = UPDATE_AGENT_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateSourceEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.UPDATE_SOURCE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpRange() {
		return ipRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpRange(String newIpRange) {
		String oldIpRange = ipRange;
		ipRange = newIpRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SOURCE_ENTRY__IP_RANGE, oldIpRange, ipRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SOURCE_ENTRY__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUpdateAgentId() {
		return updateAgentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateAgentId(String newUpdateAgentId) {
		String oldUpdateAgentId = updateAgentId;
		updateAgentId = newUpdateAgentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID, oldUpdateAgentId, updateAgentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.UPDATE_SOURCE_ENTRY__IP_RANGE:
				return getIpRange();
			case SettingsPackage.UPDATE_SOURCE_ENTRY__URL:
				return getUrl();
			case SettingsPackage.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID:
				return getUpdateAgentId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.UPDATE_SOURCE_ENTRY__IP_RANGE:
				setIpRange((String)newValue);
				return;
			case SettingsPackage.UPDATE_SOURCE_ENTRY__URL:
				setUrl((String)newValue);
				return;
			case SettingsPackage.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID:
				setUpdateAgentId((String)newValue);
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
			case SettingsPackage.UPDATE_SOURCE_ENTRY__IP_RANGE:
				setIpRange(IP_RANGE_EDEFAULT);
				return;
			case SettingsPackage.UPDATE_SOURCE_ENTRY__URL:
				setUrl(URL_EDEFAULT);
				return;
			case SettingsPackage.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID:
				setUpdateAgentId(UPDATE_AGENT_ID_EDEFAULT);
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
			case SettingsPackage.UPDATE_SOURCE_ENTRY__IP_RANGE:
				return IP_RANGE_EDEFAULT == null ? ipRange != null : !IP_RANGE_EDEFAULT.equals(ipRange);
			case SettingsPackage.UPDATE_SOURCE_ENTRY__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case SettingsPackage.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID:
				return UPDATE_AGENT_ID_EDEFAULT == null ? updateAgentId != null : !UPDATE_AGENT_ID_EDEFAULT.equals(updateAgentId);
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
		result.append(" (ipRange: ");
		result.append(ipRange);
		result.append(", url: ");
		result.append(url);
		result.append(", updateAgentId: ");
		result.append(updateAgentId);
		result.append(')');
		return result.toString();
	}

} //UpdateSourceEntryImpl
