/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.ScanFiles;
import io.bulwark.model.settings.ScanFolders;
import io.bulwark.model.settings.ScanTargets;
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
 * An implementation of the model object '<em><b>Scan Targets</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTargetsImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTargetsImpl#getExtensions <em>Extensions</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTargetsImpl#getFolders <em>Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTargetsImpl#getSpecifiedFolders <em>Specified Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTargetsImpl#getCompressedLayers <em>Compressed Layers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScanTargetsImpl extends MinimalEObjectImpl.Container implements ScanTargets {
	/**
	 * The default value of the '{@link #getFiles() <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected static final ScanFiles FILES_EDEFAULT = ScanFiles.ALL;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected ScanFiles files = FILES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExtensions() <em>Extensions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> extensions;

	/**
	 * The default value of the '{@link #getFolders() <em>Folders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolders()
	 * @generated
	 * @ordered
	 */
	protected static final ScanFolders FOLDERS_EDEFAULT = ScanFolders.ALL;

	/**
	 * The cached value of the '{@link #getFolders() <em>Folders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolders()
	 * @generated
	 * @ordered
	 */
	protected ScanFolders folders = FOLDERS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpecifiedFolders() <em>Specified Folders</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecifiedFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<String> specifiedFolders;

	/**
	 * The default value of the '{@link #getCompressedLayers() <em>Compressed Layers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompressedLayers()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPRESSED_LAYERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCompressedLayers() <em>Compressed Layers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompressedLayers()
	 * @generated
	 * @ordered
	 */
	protected int compressedLayers = COMPRESSED_LAYERS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScanTargetsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.SCAN_TARGETS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanFiles getFiles() {
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiles(ScanFiles newFiles) {
		ScanFiles oldFiles = files;
		files = newFiles == null ? FILES_EDEFAULT : newFiles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TARGETS__FILES, oldFiles, files));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExtensions() {
		if (extensions == null) {
			extensions = new EDataTypeEList<String>(String.class, this, SettingsPackage.SCAN_TARGETS__EXTENSIONS);
		}
		return extensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanFolders getFolders() {
		return folders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolders(ScanFolders newFolders) {
		ScanFolders oldFolders = folders;
		folders = newFolders == null ? FOLDERS_EDEFAULT : newFolders;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TARGETS__FOLDERS, oldFolders, folders));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSpecifiedFolders() {
		if (specifiedFolders == null) {
			specifiedFolders = new EDataTypeEList<String>(String.class, this, SettingsPackage.SCAN_TARGETS__SPECIFIED_FOLDERS);
		}
		return specifiedFolders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCompressedLayers() {
		return compressedLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompressedLayers(int newCompressedLayers) {
		int oldCompressedLayers = compressedLayers;
		compressedLayers = newCompressedLayers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TARGETS__COMPRESSED_LAYERS, oldCompressedLayers, compressedLayers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.SCAN_TARGETS__FILES:
				return getFiles();
			case SettingsPackage.SCAN_TARGETS__EXTENSIONS:
				return getExtensions();
			case SettingsPackage.SCAN_TARGETS__FOLDERS:
				return getFolders();
			case SettingsPackage.SCAN_TARGETS__SPECIFIED_FOLDERS:
				return getSpecifiedFolders();
			case SettingsPackage.SCAN_TARGETS__COMPRESSED_LAYERS:
				return getCompressedLayers();
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
			case SettingsPackage.SCAN_TARGETS__FILES:
				setFiles((ScanFiles)newValue);
				return;
			case SettingsPackage.SCAN_TARGETS__EXTENSIONS:
				getExtensions().clear();
				getExtensions().addAll((Collection<? extends String>)newValue);
				return;
			case SettingsPackage.SCAN_TARGETS__FOLDERS:
				setFolders((ScanFolders)newValue);
				return;
			case SettingsPackage.SCAN_TARGETS__SPECIFIED_FOLDERS:
				getSpecifiedFolders().clear();
				getSpecifiedFolders().addAll((Collection<? extends String>)newValue);
				return;
			case SettingsPackage.SCAN_TARGETS__COMPRESSED_LAYERS:
				setCompressedLayers((Integer)newValue);
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
			case SettingsPackage.SCAN_TARGETS__FILES:
				setFiles(FILES_EDEFAULT);
				return;
			case SettingsPackage.SCAN_TARGETS__EXTENSIONS:
				getExtensions().clear();
				return;
			case SettingsPackage.SCAN_TARGETS__FOLDERS:
				setFolders(FOLDERS_EDEFAULT);
				return;
			case SettingsPackage.SCAN_TARGETS__SPECIFIED_FOLDERS:
				getSpecifiedFolders().clear();
				return;
			case SettingsPackage.SCAN_TARGETS__COMPRESSED_LAYERS:
				setCompressedLayers(COMPRESSED_LAYERS_EDEFAULT);
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
			case SettingsPackage.SCAN_TARGETS__FILES:
				return files != FILES_EDEFAULT;
			case SettingsPackage.SCAN_TARGETS__EXTENSIONS:
				return extensions != null && !extensions.isEmpty();
			case SettingsPackage.SCAN_TARGETS__FOLDERS:
				return folders != FOLDERS_EDEFAULT;
			case SettingsPackage.SCAN_TARGETS__SPECIFIED_FOLDERS:
				return specifiedFolders != null && !specifiedFolders.isEmpty();
			case SettingsPackage.SCAN_TARGETS__COMPRESSED_LAYERS:
				return compressedLayers != COMPRESSED_LAYERS_EDEFAULT;
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
		result.append(" (files: ");
		result.append(files);
		result.append(", extensions: ");
		result.append(extensions);
		result.append(", folders: ");
		result.append(folders);
		result.append(", specifiedFolders: ");
		result.append(specifiedFolders);
		result.append(", compressedLayers: ");
		result.append(compressedLayers);
		result.append(')');
		return result.toString();
	}

} //ScanTargetsImpl
