/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;

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
 * An implementation of the model object '<em><b>Update Sources</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSourcesImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSourcesImpl#getCustom <em>Custom</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSourcesImpl#isFallbackToServer <em>Fallback To Server</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateSourcesImpl extends MinimalEObjectImpl.Container implements UpdateSources {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateSourceMode MODE_EDEFAULT = UpdateSourceMode.STANDARD;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected UpdateSourceMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustom() <em>Custom</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustom()
	 * @generated
	 * @ordered
	 */
	protected EList<UpdateSourceEntry> custom;

	/**
	 * The default value of the '{@link #isFallbackToServer() <em>Fallback To Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFallbackToServer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FALLBACK_TO_SERVER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFallbackToServer() <em>Fallback To Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFallbackToServer()
	 * @generated
	 * @ordered
	 */
	protected boolean fallbackToServer = FALLBACK_TO_SERVER_EDEFAULT;

	/**
	 * This is true if the Fallback To Server attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fallbackToServerESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateSourcesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.UPDATE_SOURCES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateSourceMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(UpdateSourceMode newMode) {
		UpdateSourceMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SOURCES__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UpdateSourceEntry> getCustom() {
		if (custom == null) {
			custom = new EObjectContainmentEList<UpdateSourceEntry>(UpdateSourceEntry.class, this, SettingsPackage.UPDATE_SOURCES__CUSTOM);
		}
		return custom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFallbackToServer() {
		return fallbackToServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFallbackToServer(boolean newFallbackToServer) {
		boolean oldFallbackToServer = fallbackToServer;
		fallbackToServer = newFallbackToServer;
		boolean oldFallbackToServerESet = fallbackToServerESet;
		fallbackToServerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SOURCES__FALLBACK_TO_SERVER, oldFallbackToServer, fallbackToServer, !oldFallbackToServerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFallbackToServer() {
		boolean oldFallbackToServer = fallbackToServer;
		boolean oldFallbackToServerESet = fallbackToServerESet;
		fallbackToServer = FALLBACK_TO_SERVER_EDEFAULT;
		fallbackToServerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SettingsPackage.UPDATE_SOURCES__FALLBACK_TO_SERVER, oldFallbackToServer, FALLBACK_TO_SERVER_EDEFAULT, oldFallbackToServerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFallbackToServer() {
		return fallbackToServerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.UPDATE_SOURCES__CUSTOM:
				return ((InternalEList<?>)getCustom()).basicRemove(otherEnd, msgs);
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
			case SettingsPackage.UPDATE_SOURCES__MODE:
				return getMode();
			case SettingsPackage.UPDATE_SOURCES__CUSTOM:
				return getCustom();
			case SettingsPackage.UPDATE_SOURCES__FALLBACK_TO_SERVER:
				return isFallbackToServer();
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
			case SettingsPackage.UPDATE_SOURCES__MODE:
				setMode((UpdateSourceMode)newValue);
				return;
			case SettingsPackage.UPDATE_SOURCES__CUSTOM:
				getCustom().clear();
				getCustom().addAll((Collection<? extends UpdateSourceEntry>)newValue);
				return;
			case SettingsPackage.UPDATE_SOURCES__FALLBACK_TO_SERVER:
				setFallbackToServer((Boolean)newValue);
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
			case SettingsPackage.UPDATE_SOURCES__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case SettingsPackage.UPDATE_SOURCES__CUSTOM:
				getCustom().clear();
				return;
			case SettingsPackage.UPDATE_SOURCES__FALLBACK_TO_SERVER:
				unsetFallbackToServer();
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
			case SettingsPackage.UPDATE_SOURCES__MODE:
				return mode != MODE_EDEFAULT;
			case SettingsPackage.UPDATE_SOURCES__CUSTOM:
				return custom != null && !custom.isEmpty();
			case SettingsPackage.UPDATE_SOURCES__FALLBACK_TO_SERVER:
				return isSetFallbackToServer();
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", fallbackToServer: ");
		if (fallbackToServerESet) result.append(fallbackToServer); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //UpdateSourcesImpl
